// Account settings: how we e-mail you about your practice, change password, sessions, sign out everywhere.
import { changePasswordAction, endSessionAction, notifyModeAction, signOutEverywhereAction } from "@/app/(portal)/portal/_actions/auth";
import { ActionForm, Field, Hidden, RadioGroup } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { listMySessions } from "@/lib/auth/my-sessions";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { getMyNotifyMode } from "@/lib/auth/notify-mode";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireSignedInPage();
  const [sessions, notifyMode] = await Promise.all([listMySessions(actor), getMyNotifyMode(actor)]);
  return (
    <>
      <h1>Your account</h1>
      <p>Signed in as {actor.email}.</p>
      <section className={styles.card} aria-labelledby="mail">
        <h2 id="mail">E-mail about your practice</h2>
        <ActionForm action={notifyModeAction} submitLabel="Save e-mail setting" label="E-mail setting" id="notify">
          <RadioGroup
            name="notifyMode"
            legend="Email me about my practice's requests:"
            value={notifyMode}
            options={[
              { value: "IMMEDIATE", label: "as they happen", hint: "one e-mail each time a request is decided" },
              { value: "DAILY_DIGEST", label: "once a day (daily digest)", hint: "one e-mail on days with news" },
            ]}
          />
          <p className={styles.hint}>
            Security e-mail (address confirmation, password reset, invitations, two-step sign-in) is always sent at once.
          </p>
        </ActionForm>
      </section>
      <section className={styles.card} aria-labelledby="pw">
        <h2 id="pw">Change password</h2>
        <ActionForm action={changePasswordAction} submitLabel="Change password" label="Change password">
          <Field name="currentPassword" label="Current password" type="password" required autoComplete="current-password" />
          <Field
            name="newPassword"
            label="New password"
            type="password"
            required
            autoComplete="new-password"
            hint="At least 8 characters."
          />
        </ActionForm>
      </section>
      <section className={styles.card} aria-labelledby="sessions">
        <h2 id="sessions">Where you are signed in</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">Signed in (UTC)</th>
              <th scope="col">Last active (UTC)</th>
              <th scope="col">
                <span className={styles.skipLink}>Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>{(s.userAgent ?? "Unknown browser").slice(0, 80)}</td>
                <td>{s.createdAt.replace("T", " ").slice(0, 16)}</td>
                <td>{s.lastSeenAt.replace("T", " ").slice(0, 16)}</td>
                <td>
                  {s.current ? (
                    "This session"
                  ) : (
                    <ActionForm
                      action={endSessionAction}
                      submitLabel="End"
                      label={`End session started ${s.createdAt.slice(0, 16)}`}
                      buttons={
                        <button type="submit" className={styles.secondary}>
                          End this session
                        </button>
                      }
                    >
                      <Hidden name="id" value={s.id} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
