// Second step of sign-in: a code from the authenticator app, or a recovery code; then on to `next` if given.
import { redirect } from "next/navigation";
import { verifyMfaAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import { nextQuery, safeNextPath } from "@/lib/auth/next-path";
import { currentSession } from "@/lib/auth/request";

export const metadata = { title: "Two-step sign-in" };

export default async function MfaPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  const s = await currentSession();
  if (!s) redirect(`/portal/sign-in${nextQuery(next)}`);
  if (!s.totpEnrolled) redirect(`/portal/mfa/setup${nextQuery(next)}`);
  if (s.mfaVerified) redirect(next ?? "/portal");
  return (
    <>
      <h1>Enter your sign-in code</h1>
      <ActionForm action={verifyMfaAction} submitLabel="Sign in" label="Sign-in code">
        {next ? <Hidden name="next" value={next} /> : null}
        <Field name="code" label="6-digit code from your app, or a recovery code" required autoComplete="one-time-code" />
      </ActionForm>
    </>
  );
}
