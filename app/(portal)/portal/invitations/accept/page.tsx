// Accept a staff invitation (the invitation must be for the signed-in email address).
import { acceptInvitationAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import { requireSignedInPage } from "@/lib/auth/page-guard";

export const metadata = { title: "Accept invitation" };

export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const actor = await requireSignedInPage();
  const { token } = await searchParams;
  return (
    <>
      <h1>Join a practice</h1>
      <p>You are signed in as {actor.email}. The invitation must have been sent to this address.</p>
      {token ? (
        <ActionForm action={acceptInvitationAction} submitLabel="Accept invitation" label="Accept invitation">
          <Hidden name="token" value={token.slice(0, 200)} />
        </ActionForm>
      ) : (
        <p>This link is incomplete. Open the link from your email again.</p>
      )}
    </>
  );
}
