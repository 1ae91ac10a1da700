// Second step of sign-in: a code from the authenticator app, or a recovery code.
import { redirect } from "next/navigation";
import { verifyMfaAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field } from "@/components/portal/form-state";
import { currentSession } from "@/lib/auth/request";

export const metadata = { title: "Two-step sign-in" };

export default async function MfaPage() {
  const s = await currentSession();
  if (!s) redirect("/portal/sign-in");
  if (!s.totpEnrolled) redirect("/portal/mfa/setup");
  if (s.mfaVerified) redirect("/portal");
  return (
    <>
      <h1>Enter your sign-in code</h1>
      <ActionForm action={verifyMfaAction} submitLabel="Sign in" label="Sign-in code">
        <Field name="code" label="6-digit code from your app, or a recovery code" required autoComplete="one-time-code" />
      </ActionForm>
    </>
  );
}
