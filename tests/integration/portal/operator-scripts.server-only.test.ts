// The operator's command-line scripts as an operator (or cron) runs them: each does its work and then exits. Both
// once waited out the database pool's 30 s idle timeout after finishing (an idle pg connection kept the process
// alive), so a cron job lingered and the e2e setups paid 30 s per moderator. A run that does not exit within the
// bound below is killed and fails here.
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetPortal, useTempOutbox } from "./support";

/** Far above a normal run (~2 s including TypeScript start-up), far below the 30 s the idle pool kept it alive. */
const EXIT_BOUND_MS = 15_000;

function runScript(script: string, args: string[], outbox: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", script, ...args], {
      env: { ...process.env, MAIL_OUTBOX_DIR: outbox, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), EXIT_BOUND_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let outbox: string;
beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
});

describe("operator scripts", () => {
  it("moderator:create makes the moderator, e-mails the set-password link and exits", async () => {
    const email = "first.moderator@example.org";
    const r = await runScript("scripts/moderator-create.ts", [email], outbox);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Moderator ${email} created`);
    expect(await db().portalUser.findUniqueOrThrow({ where: { email } })).toMatchObject({ isModerator: true });
    const mails = await Promise.all(
      (await readdir(outbox)).filter((n) => n.endsWith(".json")).map(async (n) => JSON.parse(await readFile(path.join(outbox, n), "utf8"))),
    );
    expect(mails.filter((m: { to: string; text: string }) => m.to === email && m.text.includes("/portal/reset-password"))).toHaveLength(1);
  });

  it("digest sends nothing to nobody and exits", async () => {
    const r = await runScript("scripts/digest.ts", [], outbox);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Daily digest: 0 e-mail\(s\) sent/);
  });
});
