// First step of sign-in: email and password. `next` (a portal path) is where the second step lands afterwards.
import { signInAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import { nextQuery, safeNextPath } from "@/lib/auth/next-path";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  return (
    <>
      <h1>Sign in to the clinic portal</h1>
      {next ? <p>Sign in to continue where you were.</p> : null}
      <ActionForm action={signInAction} submitLabel="Continue" label="Sign in">
        {next ? <Hidden name="next" value={next} /> : null}
        <Field name="email" label="Email" type="email" required autoComplete="username" />
        <Field name="password" label="Password" type="password" required autoComplete="current-password" />
      </ActionForm>
      <p>
        <a href="/portal/forgot-password">Forgot your password?</a> · <a href={`/portal/sign-up${nextQuery(next)}`}>Create an account</a>
      </p>
    </>
  );
}
