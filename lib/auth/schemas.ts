// Input schemas of the account operations (shared by forms, server actions and tests).
import { z } from "zod";
import { PASSWORD_MAX } from "@/lib/auth/password";
import { ZEmail } from "@/lib/validation/common";

/** Length is checked by passwordProblem(); here only a hard cap so hashing work stays bounded. */
const ZPasswordInput = z
  .string()
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX * 4);

export const ZSignUp = z.strictObject({
  email: ZEmail,
  displayName: z.string().trim().min(1, "Enter your name.").max(120),
  password: ZPasswordInput,
});
export const ZSignIn = z.strictObject({ email: ZEmail, password: ZPasswordInput });
export const ZToken = z.strictObject({ token: z.string().min(20).max(200) });
export const ZRequestReset = z.strictObject({ email: ZEmail });
export const ZResetPassword = z.strictObject({ token: z.string().min(20).max(200), password: ZPasswordInput });
export const ZChangePassword = z.strictObject({ currentPassword: ZPasswordInput, newPassword: ZPasswordInput });
/** A 6-digit TOTP code or a recovery code (xxxxx-xxxxx). */
export const ZMfaCode = z.strictObject({
  code: z
    .string()
    .trim()
    .max(20)
    .transform((s) => s.replace(/\s+/g, "").toLowerCase())
    .pipe(z.string().regex(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/, "Enter the 6-digit code or a recovery code.")),
});

export type TSignUp = z.infer<typeof ZSignUp>;
export type TSignIn = z.infer<typeof ZSignIn>;
