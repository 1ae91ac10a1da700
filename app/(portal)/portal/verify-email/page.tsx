// Confirms an email address. A button, not the link itself, confirms: mail scanners that open links change nothing.
import { verifyEmailAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Hidden } from "@/components/portal/form-state";

export const metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1>Confirm your email address</h1>
      {token ? (
        <ActionForm action={verifyEmailAction} submitLabel="Confirm my email" label="Confirm email">
          <Hidden name="token" value={token.slice(0, 200)} />
        </ActionForm>
      ) : (
        <p>This link is incomplete. Open the link from your email again.</p>
      )}
      <p>
        <a href="/portal/sign-in">Go to sign in</a>
      </p>
    </>
  );
}
