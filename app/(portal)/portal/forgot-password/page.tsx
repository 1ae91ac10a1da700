// Ask for a password-reset link.
import { forgotPasswordAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field } from "@/components/portal/form-state";

export const metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Reset your password</h1>
      <ActionForm action={forgotPasswordAction} submitLabel="Send reset link" label="Reset password">
        <Field name="email" label="Email" type="email" required autoComplete="email" />
      </ActionForm>
    </>
  );
}
