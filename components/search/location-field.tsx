"use client";
// The location field: ZIP or "City, ST", or the browser's position via "Use my location" (submitted as "lat,lng").
// When the browser refuses, the person is told plainly and can keep typing.
import { useId, useRef, useState } from "react";
import { useSearchText } from "@/components/search/search-text";

type TProps = {
  name?: string;
  /** A fixed id for the input, so a notice elsewhere can link to it. */
  inputId?: string;
  /** What the field shows for a "lat,lng" value from the URL (the nearest town), instead of the numbers. */
  pointLabel?: string | null;
  /** Id of a message saying this location is wrong: the input is then aria-invalid and described by it. */
  errorId?: string;
  initialValue?: string;
  onValueChange?: (value: string) => void;
  /** Called once a position is known, e.g. to submit the form straight away. */
  onLocated?: (value: string) => void;
};

const POINT = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

export function LocationField({
  name = "near",
  inputId: fixedId,
  pointLabel = null,
  errorId,
  initialValue = "",
  onValueChange,
  onLocated,
}: TProps) {
  const { text: TEXT } = useSearchText();
  const id = useId();
  const inputId = fixedId ?? `${id}-near`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const fromUrlPoint = POINT.test(initialValue);
  const [text, setText] = useState(fromUrlPoint ? (pointLabel ?? TEXT.selected) : initialValue);
  const [point, setPoint] = useState<string | null>(fromUrlPoint ? initialValue.replace(/\s+/g, "") : null);
  const [status, setStatus] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [locating, setLocating] = useState(false);
  // Once the person edits the value, the old error no longer describes it.
  const [edited, setEdited] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const locate = () => {
    if (!("geolocation" in navigator)) {
      setStatus({ tone: "error", text: TEXT.noGeo });
      inputRef.current?.focus();
      return;
    }
    setLocating(true);
    setStatus({ tone: "info", text: TEXT.finding });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const value = `${pos.coords.latitude.toFixed(4)},${pos.coords.longitude.toFixed(4)}`;
        setLocating(false);
        setPoint(value);
        setText(TEXT.myLocation);
        setStatus({ tone: "info", text: TEXT.using });
        onValueChange?.(value);
        onLocated?.(value);
      },
      (err) => {
        setLocating(false);
        setPoint(null);
        setStatus({
          tone: "error",
          text: err.code === err.PERMISSION_DENIED ? TEXT.denied : TEXT.failed,
        });
        inputRef.current?.focus();
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>{TEXT.locationLabel}</label>
      <p id={hintId} className="field__hint">
        {TEXT.locationHint}
      </p>
      <div className="location-row">
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          type="text"
          inputMode="text"
          autoComplete="postal-code"
          aria-describedby={[errorId, hintId, statusId].filter(Boolean).join(" ")}
          aria-invalid={errorId && !edited ? true : undefined}
          required
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setEdited(true);
            setPoint(null);
            setStatus(null);
            onValueChange?.(e.target.value);
          }}
        />
        <button type="button" className="button button--secondary locate-button" onClick={locate} disabled={locating}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <circle cx="12" cy="12" r="4" fill="currentColor" />
            <path d="M12 2v3M12 19v3M2 12h3M19 12h3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            <circle cx="12" cy="12" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          {locating ? TEXT.locating : TEXT.locate}
        </button>
      </div>
      <input type="hidden" name={name} value={point ?? text.trim()} />
      <p
        id={statusId}
        className={status?.tone === "error" ? "field__status field__status--error" : "field__status"}
        role="status"
        aria-live="polite"
      >
        {status?.text ?? ""}
      </p>
    </div>
  );
}
