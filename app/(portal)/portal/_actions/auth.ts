"use server";
// Server Actions of the account pages: decoded form input to lib/auth operations.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { changePassword, requestPasswordReset, resetPassword, signIn, signOutEverywhere, signUp, verifyEmail } from "@/lib/auth/accounts";
import type { TFormState } from "@/lib/forms/form-state";
import { confirmTotpEnrolment, verifySecondFactor } from "@/lib/auth/mfa";
import { endMySession } from "@/lib/auth/my-sessions";
import { setMyNotifyMode } from "@/lib/auth/notify-mode";
import { clearSessionCookie, currentSession, setSessionCookie } from "@/lib/auth/request";
import {
  FChangePassword,
  FCode,
  FCodeAndNext,
  FEmail,
  FNotifyMode,
  FResetPassword,
  FSessionId,
  FSignIn,
  FSignUp,
  FToken,
} from "@/lib/forms/decoders";
import { nextQuery, safeNextPath } from "@/lib/auth/next-path";
import { runAction, runForm } from "@/lib/forms/run-action";
import { revokeSession } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export async function signUpAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("account.sign_up", fd, FSignUp, async (_actor, input, ctx) => {
    await signUp(ctx, input);
    return { status: "ok", message: "Check your email: we've sent a link to confirm your address." };
  });
}

export async function verifyEmailAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("account.verify_email", fd, FToken, async (_actor, input, ctx) => {
    await verifyEmail(ctx, input);
    return { status: "ok", message: "Your email address is confirmed. You can sign in now." };
  });
}

export async function signInAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  let step: "mfa" | "enroll" = "mfa";
  let back = "";
  const state = await runForm("account.sign_in", fd, FSignIn, async (_actor, { next, ...input }, ctx) => {
    const s = await signIn(ctx, input, (await headers()).get("user-agent"));
    await setSessionCookie(s);
    step = s.next;
    // The page someone was on (or the invitation they opened) survives the second step.
    back = nextQuery(next);
    return { status: "ok" };
  });
  if (state.status === "ok") redirect(`${step === "mfa" ? "/portal/mfa" : "/portal/mfa/setup"}${back}`);
  return state;
}

export async function verifyMfaAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  let next: string | null = null;
  const state = await runForm("mfa.verify", fd, FCodeAndNext, async (_actor, { next: wanted, ...input }, ctx) => {
    const fresh = await verifySecondFactor(await currentSession(), ctx, input);
    await setSessionCookie(fresh);
    next = safeNextPath(wanted);
    return { status: "ok" };
  });
  if (state.status === "ok") redirect(next ?? "/portal");
  return state;
}

export async function confirmEnrolmentAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("mfa.enrol", fd, FCode, async (_actor, input, ctx) => {
    const r = await confirmTotpEnrolment(await currentSession(), ctx, input);
    await setSessionCookie(r.session);
    return { status: "ok", message: "Two-step sign-in is on.", data: { recoveryCodes: r.recoveryCodes } };
  });
}

export async function forgotPasswordAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("account.reset_request", fd, FEmail, async (_actor, input, ctx) => {
    await requestPasswordReset(ctx, input);
    return { status: "ok", message: "If an account uses this address, we've sent it a link to set a new password." };
  });
}

export async function resetPasswordAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("account.reset_password", fd, FResetPassword, async (_actor, input, ctx) => {
    await resetPassword(ctx, input);
    await clearSessionCookie();
    return { status: "ok", message: "Your password is changed and every session was signed out. Sign in with the new password." };
  });
}

export async function changePasswordAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("account.change_password", fd, FChangePassword, async (actor, input) => {
    if (!actor) throw new AppError("UNAUTHORIZED", "Please sign in to continue.");
    const fresh = await changePassword(actor, input);
    await setSessionCookie(fresh);
    return { status: "ok", message: "Password changed. Your other sessions were signed out." };
  });
}

export async function notifyModeAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("account.notify_mode.set", fd, FNotifyMode, async (actor, input) => {
    const { notifyMode } = await setMyNotifyMode(actor, input);
    revalidatePath("/portal/account");
    return {
      status: "ok",
      message:
        notifyMode === "DAILY_DIGEST"
          ? "Saved: one e-mail a day (daily digest) about your practice's requests."
          : "Saved: an e-mail about your practice's requests as they happen.",
    };
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
  return runForm("account.sessions.end", fd, FSessionId, async (actor, input) => {
    await endMySession(actor, input);
    revalidatePath("/portal/account");
    return { status: "ok", message: "Session ended." };
  });
}
