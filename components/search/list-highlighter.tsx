"use client";
// Connects the server-rendered result cards to the map: hovering or focusing a card highlights its marker, and a
// highlighted marker marks its card. Works on the DOM by data-result-id, so the cards stay server components.
import { useEffect } from "react";
import { getHighlight, setHighlight, subscribeHighlight } from "@/components/search/highlight-store";

const idOf = (el: EventTarget | null): number | null => {
  const card = el instanceof Element ? el.closest<HTMLElement>("[data-result-id]") : null;
  return card ? Number(card.dataset.resultId) : null;
};

export function ListHighlighter() {
  useEffect(() => {
    const over = (e: Event) => {
      const id = idOf(e.target);
      if (id !== null) setHighlight({ id, from: "list" });
    };
    const out = (e: Event) => {
      const related = (e as MouseEvent | FocusEvent).relatedTarget;
      if (idOf(e.target) !== null && idOf(related) === null && getHighlight()?.from === "list") setHighlight(null);
    };
    document.addEventListener("mouseover", over);
    document.addEventListener("focusin", over);
    document.addEventListener("mouseout", out);
    document.addEventListener("focusout", out);
    const paint = () => {
      const h = getHighlight();
      for (const el of document.querySelectorAll<HTMLElement>("[data-result-id]")) {
        el.toggleAttribute("data-highlighted", h !== null && Number(el.dataset.resultId) === h.id);
      }
    };
    const unsubscribe = subscribeHighlight(paint);
    return () => {
      document.removeEventListener("mouseover", over);
      document.removeEventListener("focusin", over);
      document.removeEventListener("mouseout", out);
      document.removeEventListener("focusout", out);
      unsubscribe();
    };
  }, []);
  return null;
}
