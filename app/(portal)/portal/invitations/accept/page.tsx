// An invitation link: names the practice and who invited before anything else. Signed out, it leads through sign-up or
// sign-in (and two-step setup) and comes back here; signed in with the invited address, one button joins.
import { acceptInvitationAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { nextQuery } from "@/lib/auth/next-path";
import { currentSession } from "@/lib/auth/request";
import { previewInvitation } from "@/lib/portal/members";

export const metadata = { title: "Join a practice" };

export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const here = token ? `/portal/invitations/accept?token=${encodeURIComponent(token.slice(0, 200))}` : "/portal";
  const [invitation, session] = await Promise.all([previewInvitation({ token: token?.slice(0, 200) }), currentSession()]);
  if (!invitation) {
    return (
      <>
        <h1>Join a practice</h1>
        <p>
          This invitation link is incomplete, was already used, or has expired. Ask the practice&apos;s manager to send a new one.{" "}
          <a href="/portal">Go to the portal</a>
        </p>
      </>
    );
  }
  const signedIn = session?.mfaVerified ?? false;
  return (
    <>
      <h1>Join {invitation.organizationName}</h1>
      <p>
        {invitation.invitedBy} invited <strong>{invitation.email}</strong> to help keep {invitation.organizationName}&apos;s IR Finder
        listing current. The invitation expires on {invitation.expiresAt.slice(0, 10)}.
      </p>
      {signedIn ? (
        session?.email === invitation.email ? (
          <ActionForm action={acceptInvitationAction} submitLabel={`Join ${invitation.organizationName}`} label="Accept invitation">
            <Hidden name="token" value={(token ?? "").slice(0, 200)} />
          </ActionForm>
        ) : (
          <p className={styles.error}>
            You are signed in as {session?.email}, but this invitation is for {invitation.email}. Sign out, then open the link again and
            sign in (or create an account) with {invitation.email}.
          </p>
        )
      ) : (
        <>
          <p>To join, use a portal account with this email address. You&apos;ll come back here afterwards.</p>
          <ul className={styles.choices}>
            <li>
              <a className={styles.primary} href={`/portal/sign-up${nextQuery(here)}&email=${encodeURIComponent(invitation.email)}`}>
                Create an account
              </a>
            </li>
            <li>
              <a className={styles.secondary} href={`/portal/sign-in${nextQuery(here)}`}>
                I already have an account: sign in
              </a>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
