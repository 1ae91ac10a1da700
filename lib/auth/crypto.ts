// Random tokens, hashes and the authenticated encryption of stored TOTP secrets.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Only for development and tests: production refuses to start without AUTH_SECRET (see authSecret()).
const DEV_SECRET = "irf-development-secret-not-for-production-use-0001";

export function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (e.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set (32+ characters) in production.");
  return DEV_SECRET;
}

/** A URL-safe random token with `bytes` of entropy (256 bits by default). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/**
 * The one keyed hash of an IP address (HMAC-SHA256 with AUTH_SECRET, hex): rate limits, audit rows and error reports
 * group by it without storing the address, and without the key it cannot be reversed by trying every address.
 */
export function keyedIpHash(ip: string): string {
  return createHmac("sha256", authSecret()).update(`ip:${ip.trim().toLowerCase()}`).digest("hex");
}

export function hashIp(ip: string | null): string | null {
  return ip ? keyedIpHash(ip) : null;
}

function secretKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "irf-totp-secret", "aes-256-gcm v1", 32));
}

/** AES-256-GCM; the output is `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secretKey(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decryptSecret(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("Unreadable sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", secretKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
