// Set a new password from an emailed link (also used to finish a moderator invitation).
import { resetPasswordAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";

export const metadata = { title: "Set a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1>Set a new password</h1>
      {token ? (
        <ActionForm action={resetPasswordAction} submitLabel="Save new password" label="Set a new password">
          <Hidden name="token" value={token.slice(0, 200)} />
          <Field
            name="password"
            label="New password"
            type="password"
            required
            autoComplete="new-password"
            hint="At least 8 characters; very common passwords are refused."
          />
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
