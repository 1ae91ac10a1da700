// Helpers for the portal journeys: the outbox the server writes, TOTP codes, a target practice from the e2e database.
import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import pg from "pg";
import { E2E_DATABASE_URL, E2E_OUTBOX_DIR } from "../../../playwright.config";

type TMail = { to: string; subject: string; text: string };

/** Waits for a mail to `to` whose text has a link containing `pathPart`; returns that link's path and query. */
export async function linkFromOutbox(to: string, pathPart: string): Promise<string> {
  const dir = path.resolve(E2E_OUTBOX_DIR);
  for (let i = 0; i < 50; i++) {
    const names = (await readdir(dir).catch(() => [] as string[]))
      .filter((n) => n.endsWith(".json"))
      .sort()
      .reverse();
    for (const n of names) {
      const m = JSON.parse(await readFile(path.join(dir, n), "utf8")) as TMail;
      if (m.to.toLowerCase() !== to.toLowerCase()) continue;
      const url = (m.text.match(/https?:\/\/\S+/g) ?? []).find((u) => u.includes(pathPart));
      if (url) {
        const u = new URL(url);
        return `${u.pathname}${u.search}`;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} with a ${pathPart} link`);
}

export function totpFor(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
}

/** Creates a moderator the way an operator would (no terminal: a set-password link is e-mailed). */
export function createModerator(email: string): void {
  execFileSync("npm", ["run", "--silent", "moderator:create", "--", email], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, MAIL_OUTBOX_DIR: E2E_OUTBOX_DIR, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Enrols TOTP on the setup page with a code computed from the shown key; returns the key. */
export async function enrolTotp(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/portal\/mfa\/setup$/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())?.replace(/\s/g, "") ?? "";
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await page.getByLabel("6-digit code").fill(totpFor(secret).generate());
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  return secret;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/portal/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** The portal journeys' accounts all use this passphrase (long enough, not on the common-passwords list). */
export const PASSWORD = "an unguessable clinic passphrase";

/** Setup for journeys that need a moderator: created as an operator would, password set from the e-mailed link, TOTP on. */
export async function readyModerator(page: Page, email: string): Promise<void> {
  createModerator(email);
  await page.goto(await linkFromOutbox(email, "/portal/reset-password"));
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password is changed");
  await signIn(page, email, PASSWORD);
  await enrolTotp(page);
}

/** Setup: a new portal account signed up, its address confirmed from the outbox, signed in with TOTP on. */
export async function readyAccount(page: Page, name: string, email: string): Promise<void> {
  await page.goto("/portal/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Check your email");
  await page.goto(await linkFromOutbox(email, "/portal/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await signIn(page, email, PASSWORD);
  await enrolTotp(page);
}

export type TTarget = { organizationId: number; organizationName: string; locationId: number; zip: string; roleId: number; npi: string };

/** A practice nobody has claimed, with a physician who is not accepting new patients and offers no kyphoplasty there. */
export async function pickTarget(skipOrganizations: number[] = []): Promise<TTarget> {
  const c = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await c.connect();
  try {
    const r = await c.query<{ organization_id: number; name: string; location_id: number; zip: string; role_id: number; npi: string }>(
      `SELECT o.id AS organization_id, o.name, l.id AS location_id, l.zip, r.id AS role_id, p.npi
       FROM organization o JOIN location l ON l.organization_id = o.id
       JOIN practitioner_role r ON r.location_id = l.id JOIN physician p ON p.id = r.physician_id
       WHERE r.accepting_new_patients IS NOT TRUE AND NOT r.telehealth AND p.active
         AND NOT EXISTS (SELECT 1 FROM role_procedure rp JOIN procedure pr ON pr.id = rp.procedure_id
                         WHERE rp.role_id = r.id AND pr.slug = 'kyphoplasty')
         AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM practice_claim pc WHERE pc.organization_id = o.id)
         AND (SELECT count(*) FROM organization o2 WHERE o2.name = o.name) = 1
         AND NOT (o.id = ANY($1::int[]))
       ORDER BY o.id, r.id LIMIT 1`,
      [skipOrganizations],
    );
    const row = r.rows[0];
    if (!row) throw new Error("no suitable practice in the e2e database");
    return {
      organizationId: row.organization_id,
      organizationName: row.name,
      locationId: row.location_id,
      zip: row.zip,
      roleId: row.role_id,
      npi: row.npi,
    };
  } finally {
    await c.end();
  }
}
