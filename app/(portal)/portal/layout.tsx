// Clinic portal shell: navigation that depends on who is signed in. Rendered per request (sessions, CSP nonce).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/(portal)/portal/_actions/auth";
import { currentSession } from "@/lib/auth/request";
import styles from "@/components/portal/portal.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Clinic portal", robots: { index: false, follow: false } };

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const s = await currentSession();
  const full = s?.mfaVerified ?? false;
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <nav aria-label="Portal" className={styles.nav}>
        <strong>IR Finder · Clinic portal</strong>
        {full ? (
          <>
            <a href="/portal">My practices</a>
            <a href="/portal/claim">Claim a practice</a>
            {s?.isModerator ? <a href="/portal/moderation">Moderation</a> : null}
            <a href="/portal/account">Account</a>
          </>
        ) : null}
        {s ? (
          <form action={signOutAction}>
            <button type="submit" className={styles.secondary}>
              Sign out
            </button>
          </form>
        ) : (
          <>
            <a href="/portal/sign-in">Sign in</a>
            <a href="/portal/sign-up">Create an account</a>
          </>
        )}
      </nav>
      <main id="main">{children}</main>
    </div>
  );
}
