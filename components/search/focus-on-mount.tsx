"use client";
// A notice that takes focus when it appears (a search that could not run), so keyboard and screen-reader users land
// on the problem and its choices instead of at the top of a long form.
import { useEffect, useRef, type ReactNode } from "react";

export function FocusOnMount({ className, labelledBy, children }: { className: string; labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className={className} tabIndex={-1} role="alert" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
