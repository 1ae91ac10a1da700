// The outside attacker's replays from the security review, against the production build: forged X-Forwarded-For
// (case 3), planted request ids (case 7) and a forged X-Forwarded-Host (case 9). The e2e server runs without
// TRUSTED_PROXIES, like a server with nothing in front of it.
import { createHmac } from "node:crypto";
import { expect, test, type Page, type Request } from "@playwright/test";
import { queryE2e } from "../sessions";

const AUTH_SECRET = process.env.AUTH_SECRET ?? "e2e-only-auth-secret-never-used-in-production-0001";
const ipHash = (ip: string) => createHmac("sha256", AUTH_SECRET).update(`ip:${ip}`).digest("hex"); // as lib/auth/crypto keyedIpHash

/** A real sign-in Server Action request, captured so it can be replayed with other headers. */
async function captureSignIn(page: Page): Promise<Request> {
  await page.goto("/portal/sign-in");
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@e2e.test`);
  await page.getByLabel("Password").fill("any passphrase at all");
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST"),
    page.getByRole("button", { name: "Continue" }).click(),
  ]);
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  return sent;
}

async function replayHeaders(sent: Request, extra: Record<string, string>): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(await sent.allHeaders())) if (!k.startsWith(":") && k !== "content-length") headers[k] = v;
  return { ...headers, ...extra };
}

test.describe.serial("forged proxy headers", () => {
  test.afterAll(async () => {
    // Leave the sign-up limit of 127.0.0.1 as it was, for the other portal journeys on this server.
    await queryE2e("DELETE FROM rate_limit_bucket WHERE key LIKE 'auth:signUpPerIp:%'");
  });

  test("case 3: a different X-Forwarded-For on every sign-up does not get round the per-address limit", async ({ page }) => {
    // Up to 12 sign-ups, each hashing a password: slow on a busy 2-core machine.
    test.setTimeout(240_000);
    await queryE2e("DELETE FROM rate_limit_bucket WHERE key LIKE 'auth:signUpPerIp:%'");
    const started = new Date();
    let limited = false;
    for (let i = 0; i < 12 && !limited; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i + 1}` });
      await page.goto("/portal/sign-up");
      await page.getByLabel("Your name").fill("Flood");
      await page.getByLabel("Work email").fill(`flood-${i}-${Date.now()}@e2e.test`);
      await page.getByLabel("Password").fill("an unguessable clinic passphrase");
      await page.getByRole("button", { name: "Create account" }).click();
      const answer = page.getByRole("main").getByRole("status").or(page.getByRole("main").getByRole("alert"));
      await expect(answer).toBeVisible();
      limited = /Too many attempts/.test((await answer.textContent()) ?? "");
    }
    expect(limited).toBe(true);
    // The refusal is keyed to the real peer (127.0.0.1), not to any forged address.
    const rows = await queryE2e<{ ip_hash: string }>(
      "SELECT ip_hash FROM audit_log WHERE action = 'account.sign_up' AND reason = 'rate limited (signUpPerIp)' AND at >= $1",
      [started],
    );
    expect(rows.map((r) => r.ip_hash)).toContain(ipHash("127.0.0.1"));
    expect(rows.map((r) => r.ip_hash)).not.toContain(ipHash("203.0.113.12"));
  });

  test("case 9: X-Forwarded-Host from a client does not make a foreign Origin look like ours", async ({ page, request }) => {
    const sent = await captureSignIn(page);
    const res = await request.fetch(sent.url(), {
      method: "POST",
      headers: await replayHeaders(sent, {
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      }),
      data: sent.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
    const body = await res.text();
    expect(body).not.toContain("email or password is incorrect");
  });

  test("case 7: a client's X-Request-Id never reaches the audit log", async ({ page, request }) => {
    const planted = `planted-${Date.now()}`;
    const sent = await captureSignIn(page);
    for (const origin of ["https://evil.example", (await sent.allHeaders()).origin ?? ""]) {
      await request.fetch(sent.url(), {
        method: "POST",
        headers: await replayHeaders(sent, { origin, "x-request-id": planted }),
        data: sent.postDataBuffer() ?? undefined,
        maxRedirects: 0,
      });
    }
    const api = await request.get("/api/v1/physicians/0", { headers: { "x-request-id": planted } });
    expect(api.headers()["x-request-id"]).not.toBe(planted);
    expect(await queryE2e("SELECT 1 FROM audit_log WHERE request_id = $1", [planted])).toHaveLength(0);
  });
});

test.describe("case 9: content security policy", () => {
  const portalPaths = ["/portal/sign-in", "/portal/sign-up", "/portal/forgot-password", "/portal"];
  const prefetchHeaders: Array<Record<string, string>> = [
    {},
    { purpose: "prefetch" },
    { "sec-purpose": "prefetch" },
    { "next-router-prefetch": "1", rsc: "1" },
  ];

  test("every portal response carries the nonce policy, prefetches included", async ({ request }) => {
    for (const p of portalPaths) {
      for (const h of prefetchHeaders) {
        const res = await request.get(p, { headers: h, maxRedirects: 0 });
        const csp = res.headers()["content-security-policy"] ?? "";
        expect(csp, `${p} ${JSON.stringify(h)}`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
        const scriptSrc = csp
          .split(";")
          .map((d) => d.trim())
          .filter((d) => d.startsWith("script-src "));
        expect(scriptSrc, `${p} ${JSON.stringify(h)}`).toHaveLength(1);
        expect(scriptSrc[0], `${p} ${JSON.stringify(h)}`).not.toContain("unsafe-inline");
      }
    }
  });

  test("public pages: 'unsafe-inline' for script elements only, no inline handlers, everything else strict", async ({ request }) => {
    for (const p of ["/", "/conditions", "/search?near=10001"]) {
      const csp = (await request.get(p)).headers()["content-security-policy"] ?? "";
      for (const directive of [
        "script-src-attr 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "frame-src 'none'",
        "form-action 'self'",
        "default-src 'self'",
      ]) {
        expect(csp, p).toContain(directive);
      }
      expect(csp, p).not.toContain("unsafe-eval");
    }
  });
});
