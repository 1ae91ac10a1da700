"use client";
// Print, share (the Web Share API, or copying the link where it is missing) and "text this to a relative" (an sms:
// link with the page address) for a profile or clinic page.
import { useState } from "react";

const TEXT = {
  title: "Save or share",
  print: "Print",
  share: "Share",
  copied: "Link copied.",
  copyFailed: "Couldn’t copy: the link is in the address bar.",
  sms: "Text this to a relative",
  smsBody: (title: string, url: string) => `${title}: ${url}`,
};

export function ShareActions({ url, title }: { url: string; title: string }) {
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
    <div className="share-actions" role="group" aria-label={TEXT.title}>
      <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
        {TEXT.print}
      </button>
      <button type="button" className="button button--secondary button--small" onClick={share}>
        {TEXT.share}
      </button>
      <a className="button button--secondary button--small" href={`sms:?&body=${encodeURIComponent(TEXT.smsBody(title, url))}`}>
        {TEXT.sms}
      </a>
      <p className="share-actions__status" role="status">
        {status}
      </p>
    </div>
  );
}
