// Placeholder cards with the same shape as results, so the page does not jump when they arrive.
export function ResultsSkeleton({ count = 4 }: { count?: number }) {
  return (
    <>
    <p className="sr-only" role="status">Loading results…</p>
    <div className="skeleton-list" aria-hidden="true">
      <div className="skeleton skeleton--title" />
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="skeleton-card">
          <div className="skeleton skeleton--line skeleton--w60" />
          <div className="skeleton skeleton--line skeleton--w40" />
          <div className="skeleton skeleton--line skeleton--w80" />
        </div>
      ))}
    </div>
    </>
  );
}
