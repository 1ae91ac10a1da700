"use server";
// Server Actions of the account pages: thin wrappers from form data to lib/auth operations.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { changePassword, requestPasswordReset, resetPassword, signIn, signOutEverywhere, signUp, verifyEmail } from "@/lib/auth/accounts";
import type { TFormState } from "@/lib/forms/form-state";
import { confirmTotpEnrolment, verifySecondFactor } from "@/lib/auth/mfa";
import { endMySession } from "@/lib/auth/my-sessions";
import { clearSessionCookie, currentSession, setSessionCookie } from "@/lib/auth/request";
import { formObject, runAction } from "@/lib/forms/run-action";
import { revokeSession } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export async function signUpAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("account.sign_up", async (_actor, ctx) => {
    const f = formObject(fd);
    await signUp(ctx, { email: f.email, displayName: f.displayName, password: f.password });
    return { status: "ok", message: "Check your email: we've sent a link to confirm your address." };
  });
}

export async function verifyEmailAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("account.verify_email", async (_actor, ctx) => {
    await verifyEmail(ctx, { token: formObject(fd).token });
    return { status: "ok", message: "Your email address is confirmed. You can sign in now." };
  });
}

export async function signInAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  let next: "mfa" | "enroll" = "mfa";
  const state = await runAction("account.sign_in", async (_actor, ctx) => {
    const f = formObject(fd);
    const s = await signIn(ctx, { email: f.email, password: f.password }, (await headers()).get("user-agent"));
    await setSessionCookie(s);
    next = s.next;
    return { status: "ok" };
  });
  if (state.status === "ok") redirect(next === "mfa" ? "/portal/mfa" : "/portal/mfa/setup");
  return state;
}

export async function verifyMfaAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  const state = await runAction("mfa.verify", async (_actor, ctx) => {
    const fresh = await verifySecondFactor(await currentSession(), ctx, { code: formObject(fd).code });
    await setSessionCookie(fresh);
    return { status: "ok" };
  });
  if (state.status === "ok") redirect("/portal");
  return state;
}

export async function confirmEnrolmentAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("mfa.enrol", async (_actor, ctx) => {
    const r = await confirmTotpEnrolment(await currentSession(), ctx, { code: formObject(fd).code });
    await setSessionCookie(r.session);
    return { status: "ok", message: "Two-step sign-in is on.", data: { recoveryCodes: r.recoveryCodes } };
  });
}

export async function forgotPasswordAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("account.reset_request", async (_actor, ctx) => {
    await requestPasswordReset(ctx, { email: formObject(fd).email });
    return { status: "ok", message: "If an account uses this address, we've sent it a link to set a new password." };
  });
}

export async function resetPasswordAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("account.reset_password", async (_actor, ctx) => {
    const f = formObject(fd);
    await resetPassword(ctx, { token: f.token, password: f.password });
    await clearSessionCookie();
    return { status: "ok", message: "Your password is changed and every session was signed out. Sign in with the new password." };
  });
}

export async function changePasswordAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("account.change_password", async (actor) => {
    if (!actor) throw new AppError("UNAUTHORIZED", "Please sign in to continue.");
    const f = formObject(fd);
    const fresh = await changePassword(actor, { currentPassword: f.currentPassword, newPassword: f.newPassword });
    await setSessionCookie(fresh);
    return { status: "ok", message: "Password changed. Your other sessions were signed out." };
  });
}

export async function signOutAction(): Promise<void> {
  await runAction("account.sign_out", async () => {
    const s = await currentSession();
    if (s) await revokeSession(s.tokenHash);
    await clearSessionCookie();
    return { status: "ok" };
  });
  redirect("/portal/sign-in");
}

export async function signOutEverywhereAction(): Promise<void> {
  await runAction("account.sign_out_all", async (actor) => {
    if (actor) await signOutEverywhere(actor);
    await clearSessionCookie();
    return { status: "ok" };
  });
  redirect("/portal/sign-in");
}

export async function endSessionAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("account.sessions.end", async (actor) => {
    await endMySession(actor, { id: formObject(fd).id });
    revalidatePath("/portal/account");
    return { status: "ok", message: "Session ended." };
  });
}
