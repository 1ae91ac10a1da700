// Second-factor enrolment, required for every portal account before anything else.
import { redirect } from "next/navigation";
import { confirmEnrolmentAction } from "@/app/(portal)/portal/_actions/auth";
import { TotpEnrolment } from "@/components/portal/totp-enrolment";
import { startTotpEnrolment } from "@/lib/auth/mfa";
import { currentSession } from "@/lib/auth/request";

export const metadata = { title: "Set up two-step sign-in" };

export default async function MfaSetupPage() {
  const s = await currentSession();
  if (!s) redirect("/portal/sign-in");
  if (s.totpEnrolled && !s.mfaVerified) redirect("/portal/mfa");
  const offer = s.totpEnrolled ? null : await startTotpEnrolment(s);
  return (
    <>
      <h1>Set up two-step sign-in</h1>
      <p>Clinic and moderator accounts need a code from an authenticator app at every sign-in.</p>
      <TotpEnrolment action={confirmEnrolmentAction} offer={offer ? { qrDataUrl: offer.qrDataUrl, secret: offer.secret } : null} />
    </>
  );
}
