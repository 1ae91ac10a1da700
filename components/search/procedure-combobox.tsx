"use client";
// The "procedure or condition" field: free text with suggestions (ARIA 1.2 combobox with a listbox popup).
// The submitted value is the chosen slug, or the typed text, which the search also understands.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { suggest, type TSuggestEntry, type TSuggestion } from "@/components/search/suggest";
import { loadSuggestEntries } from "@/components/search/suggest-entries";
import { useSearchText } from "@/components/search/search-text";

type TProps = {
  /** Suggestion data; without it, it is fetched from the catalogue API when the field is first used. */
  entries?: readonly TSuggestEntry[];
  name?: string;
  label?: string;
  initialText?: string;
  initialSlug?: string | null;
  onValueChange?: (value: string) => void;
};

export function ProcedureCombobox({
  entries: given,
  name = "procedure",
  label,
  initialText = "",
  initialSlug = null,
  onValueChange,
}: TProps) {
  const { text: t, site } = useSearchText();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [text, setText] = useState(initialText);
  const [slug, setSlug] = useState<string | null>(initialSlug);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<readonly TSuggestEntry[] | null>(null);
  const entries = given ?? loaded;
  const ensureEntries = () => {
    if (!given && !loaded) void loadSuggestEntries(site.lang).then(setLoaded);
  };
  const items = useMemo(() => (entries ? suggest(entries, text, 8, t.treats) : []), [entries, text, t.treats]);
  const expanded = open && items.length > 0;

  const choose = (s: TSuggestion) => {
    setText(s.name);
    setSlug(s.slug);
    setOpen(false);
    setActive(-1);
    onValueChange?.(s.slug);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (items.length ? (a + 1) % items.length : -1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (items.length ? (a <= 0 ? items.length - 1 : a - 1) : -1));
    } else if (e.key === "Enter" && expanded && active >= 0) {
      const s = items[active];
      if (s) {
        e.preventDefault();
        choose(s);
      }
    } else if (e.key === "Escape") {
      if (expanded) e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="field combo">
      <label htmlFor={inputId}>{label ?? t.procedureLabel}</label>
      <p id={hintId} className="field__hint">
        {t.procedureHint}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        className="input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          ensureEntries();
          setText(e.target.value);
          setSlug(null);
          setOpen(true);
          setActive(-1);
          onValueChange?.(e.target.value);
        }}
        onFocus={() => {
          ensureEntries();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <input type="hidden" name={name} value={slug ?? text.trim()} />
      <ul id={listId} role="listbox" aria-label={t.suggestions} className="combo__list" hidden={!expanded}>
        {items.map((s, i) => (
          <li
            key={s.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="combo__option"
            // Keeps focus in the input so the choice lands before blur closes the list.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
          >
            <span className="combo__name">{s.name}</span>
            <span className="combo__meta">
              {s.kind === "condition" ? t.condition : t.procedure}
              {s.hint ? ` · ${s.hint}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? (t.suggestionCounts[items.length] ?? "") : ""}
      </p>
    </div>
  );
}
