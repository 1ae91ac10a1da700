// First step of sign-in: email and password.
import { signInAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field } from "@/components/portal/form-state";

export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <>
      <h1>Sign in to the clinic portal</h1>
      <ActionForm action={signInAction} submitLabel="Continue" label="Sign in">
        <Field name="email" label="Email" type="email" required autoComplete="username" />
        <Field name="password" label="Password" type="password" required autoComplete="current-password" />
      </ActionForm>
      <p>
        <a href="/portal/forgot-password">Forgot your password?</a> · <a href="/portal/sign-up">Create an account</a>
      </p>
    </>
  );
}
