// Account settings: change password, sign out everywhere.
import { changePasswordAction, signOutEverywhereAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireSignedInPage();
  return (
    <>
      <h1>Your account</h1>
      <p>Signed in as {actor.email}.</p>
      <section className={styles.card} aria-labelledby="pw">
        <h2 id="pw">Change password</h2>
        <ActionForm action={changePasswordAction} submitLabel="Change password" label="Change password">
          <Field name="currentPassword" label="Current password" type="password" required autoComplete="current-password" />
          <Field name="newPassword" label="New password" type="password" required autoComplete="new-password" hint="At least 8 characters." />
        </ActionForm>
      </section>
      <section className={styles.card} aria-labelledby="out">
        <h2 id="out">Sign out everywhere</h2>
        <p>Ends every session of this account, on every device, including this one.</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={styles.danger}>
            Sign out of all sessions
          </button>
        </form>
      </section>
    </>
  );
}
