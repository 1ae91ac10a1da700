"use client";
// Print, share (the Web Share API, or copying the link where it is missing) and "text this to a relative" (an sms:
// link with the page address) for a profile or clinic page.
import { useState } from "react";

/** The words, in the page's language, from the server (the Contact catalog namespace). */
export type TShareText = { shareTitle: string; print: string; share: string; copied: string; copyFailed: string; sms: string };

export function ShareActions({ url, title, text: TEXT }: { url: string; title: string; text: TShareText }) {
  const [status, setStatus] = useState("");
  const canShare = typeof navigator !== "undefined" && "share" in navigator;
  const share = async () => {
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (e) {
        if (e instanceof DOMException && e.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(TEXT.copied);
    } catch {
      setStatus(TEXT.copyFailed);
    }
  };
  return (
    <div className="share-actions" role="group" aria-label={TEXT.shareTitle}>
      <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
        {TEXT.print}
      </button>
      <button type="button" className="button button--secondary button--small" onClick={share}>
        {TEXT.share}
      </button>
      <a className="button button--secondary button--small" href={`sms:?&body=${encodeURIComponent(`${title}: ${url}`)}`}>
        {TEXT.sms}
      </a>
      <p className="share-actions__status" role="status">
        {status}
      </p>
    </div>
  );
}
