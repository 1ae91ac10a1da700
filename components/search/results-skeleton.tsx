// Placeholder cards with the same shape as results, so the page does not jump when they arrive.
export function ResultsSkeleton({ count = 5 }: { count?: number }) {
  return (
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
  );
}
