// Create a portal account (email + password); a confirmation link goes out by email.
import { signUpAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field } from "@/components/portal/form-state";
import { nextQuery } from "@/lib/auth/next-path";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const { next, email } = await searchParams;
  return (
    <>
      <h1>Create a clinic portal account</h1>
      <p>
        For clinic staff who keep their practice&apos;s listing current. You&apos;ll confirm your email, then set up two-step sign-in.
        {next ? " An invitation waiting for your address shows on your portal home page once you're in." : ""}
      </p>
      <ActionForm action={signUpAction} submitLabel="Create account" label="Create account">
        <Field name="displayName" label="Your name" required autoComplete="name" />
        <Field name="email" label="Work email" type="email" required autoComplete="email" defaultValue={email?.slice(0, 254)} />
        <Field
          name="password"
          label="Password"
          type="password"
          required
          autoComplete="new-password"
          hint="At least 8 characters. A long passphrase is best; very common passwords are refused."
        />
      </ActionForm>
      <p>
        Already have an account? <a href={`/portal/sign-in${nextQuery(next)}`}>Sign in</a>
      </p>
    </>
  );
}
