// Signed-in browser contexts for e2e checks that are about authorization, not the sign-in journey: a user and a
// fully verified session are written straight into the e2e database, and the session cookie is given to the browser.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { E2E_DATABASE_URL } from "../../playwright.config";

/** Sent as a Cookie header: a browser context will not take a Secure `__Host-` cookie for plain-http 127.0.0.1. */
export const SESSION_COOKIE = "__Host-irf_session";

export type TSeededUser = { userId: number; email: string; token: string };

async function withClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A verified user with TOTP enrolled and a live, second-factor-verified session. */
export async function seedSignedInUser(
  opts: { isModerator?: boolean; organizationId?: number; role?: "MANAGER" | "STAFF" } = {},
): Promise<TSeededUser> {
  const token = randomBytes(32).toString("base64url");
  const email = `e2e-${randomBytes(6).toString("hex")}@clinic.test`;
  return withClient(async (c) => {
    const u = await c.query<{ id: number }>(
      `INSERT INTO portal_user (email, display_name, password_hash, email_verified_at, is_moderator, totp_enabled_at)
       VALUES ($1, 'E2E user', 'not-a-usable-hash', now(), $2, now()) RETURNING id`,
      [email, opts.isModerator ?? false],
    );
    const userId = u.rows[0]?.id;
    if (userId === undefined) throw new Error("user not created");
    await c.query(
      `INSERT INTO portal_session (token_hash, user_id, expires_at, mfa_verified_at) VALUES ($1, $2, now() + interval '1 hour', now())`,
      [createHash("sha256").update(token).digest("hex"), userId],
    );
    if (opts.organizationId !== undefined) {
      await c.query(`INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, $3)`, [
        userId,
        opts.organizationId,
        opts.role ?? "MANAGER",
      ]);
    }
    return { userId, email, token };
  });
}

export async function queryE2e<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
  return withClient(async (c) => (await c.query<R>(sql, params)).rows);
}
