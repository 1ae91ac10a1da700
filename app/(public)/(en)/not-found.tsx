// Shown when a doctor, clinic or guide does not exist (or is no longer listed).
import Link from "next/link";
import { LastSearchLink } from "@/components/search/last-search";

export default function PublicNotFound() {
  return (
    <main id="main" className="page">
      <div className="panel">
        <h1 className="panel__title">We couldn’t find that page</h1>
        <p>The doctor or clinic may no longer be listed, or the link may be mistyped.</p>
        <p className="panel__actions">
          <LastSearchLink className="button button--primary">Search for a doctor</LastSearchLink>
          <Link href="/procedures" className="button button--secondary">
            Conditions and procedures
          </Link>
        </p>
      </div>
    </main>
  );
}
