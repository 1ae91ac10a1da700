// Second-factor enrolment, required for every portal account before anything else.
import { redirect } from "next/navigation";
import { confirmEnrolmentAction } from "@/app/(portal)/portal/_actions/auth";
import { TotpEnrolment } from "@/components/portal/totp-enrolment";
import { startTotpEnrolment } from "@/lib/auth/mfa";
import { currentSession } from "@/lib/auth/request";
import { nextQuery, safeNextPath } from "@/lib/auth/next-path";

export const metadata = { title: "Set up two-step sign-in" };

export default async function MfaSetupPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  const s = await currentSession();
  if (!s) redirect(`/portal/sign-in${nextQuery(next)}`);
  if (s.totpEnrolled && !s.mfaVerified) redirect(`/portal/mfa${nextQuery(next)}`);
  const offer = s.totpEnrolled ? null : await startTotpEnrolment(s);
  return (
    <>
      <h1>Set up two-step sign-in</h1>
      <p>Clinic and moderator accounts need a code from an authenticator app at every sign-in.</p>
      <TotpEnrolment
        action={confirmEnrolmentAction}
        offer={offer ? { qrDataUrl: offer.qrDataUrl, secret: offer.secret, otpauthUri: offer.otpauthUri } : null}
        continueHref={next ?? "/portal"}
      />
    </>
  );
}
