// Password hashing (argon2id, OWASP parameters) and the password policy (length, common passwords).
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/** OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane. Raise here; old hashes are upgraded at sign-in. */
export const HASH_PARAMS = {
  // 2 = Algorithm.Argon2id (a const enum, not importable under isolatedModules).
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN = 8;
/** Long passphrases are welcome; the cap only bounds hashing work per request. */
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Why a new password is not acceptable, or null when it is. Spaces and any Unicode characters are allowed. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "This password is one of the most common ones. Choose another.";
  if (email && lower === email.toLowerCase()) return "Don't use your email address as your password.";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), HASH_PARAMS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker parameters than HASH_PARAMS. */
export function needsRehash(stored: string): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  if (!m) return true;
  return Number(m[1]) < HASH_PARAMS.memoryCost || Number(m[2]) < HASH_PARAMS.timeCost;
}

let dummy: Promise<string> | undefined;
/** A real hash to verify against when the account does not exist, so both paths take the same time. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("irf-no-such-account-placeholder");
  return dummy;
}
