// Shown while the first results of a search load (later updates dim the current list instead).
import { ResultsSkeleton } from "@/components/search/results-skeleton";

export default function SearchLoading() {
  return (
    <main id="main" className="page page--wide">
      <ResultsSkeleton />
    </main>
  );
}
