"use client";
// The home form's submit button: says "Searching…" from the moment a valid form is sent until the results page
// replaces this one (next/form navigates in a transition, so nothing else on the page would change).
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useSearchText } from "@/components/search/search-text";

export function SubmitButton({ children, className }: { children: ReactNode; className: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const { text } = useSearchText();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const onSubmit = () => setBusy(true);
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, []);
  return (
    <button ref={ref} type="submit" className={className} aria-disabled={busy || undefined}>
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" /> {text.searching}
        </>
      ) : (
        children
      )}
    </button>
  );
}
