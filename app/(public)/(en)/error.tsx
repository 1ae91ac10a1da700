"use client";
// Last-resort error state for the public pages: friendly words, a way to retry, no technical details.
import Link from "next/link";

export default function PublicError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="page">
      <div className="panel panel--error" role="alert">
        <h1 className="panel__title">We couldn’t load this page just now</h1>
        <p>This is a problem on our side, not something you did. Please try again in a moment.</p>
        <p className="panel__actions">
          <button type="button" className="button button--primary" onClick={reset}>
            Try again
          </button>
          <Link href="/" className="button button--secondary">
            Back to the home page
          </Link>
        </p>
      </div>
    </main>
  );
}
