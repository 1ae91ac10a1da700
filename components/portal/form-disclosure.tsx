"use client";
// A collapsed part of a portal form (a location's weekly hours, its map point): the summary says what is on file, so
// the form can be finished by keyboard without walking through it. Its fields stay in the form while collapsed (they
// are sent, and keep what was typed); it opens by itself when it holds a pending value or an error names one of its
// fields (decision 065).
import { useState, type ReactNode } from "react";
import { useErrorTouches } from "@/components/portal/form-state";
import styles from "./portal.module.css";

export function FormDisclosure(props: {
  /** What is on file, in words, e.g. "Opening hours: Mon–Fri 08:00–17:00; Sat, Sun closed". */
  summary: ReactNode;
  /** Field names (or prefixes such as `hours`) whose errors open it. */
  fields: readonly string[];
  /** Open from the start, e.g. a pending value is shown inside. */
  open?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const touched = useErrorTouches(props.fields);
  const [open, setOpen] = useState(!!props.open);
  // Each submission whose error concerns these fields opens it again (set while rendering, as React advises for
  // state that follows a prop, instead of an effect that would paint it closed first).
  const [seen, setSeen] = useState(touched);
  if (touched !== seen) {
    setSeen(touched);
    if (touched) setOpen(true);
  }
  return (
    <details className={styles.formPart} open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={props.testId}>
      <summary>{props.summary}</summary>
      {props.children}
    </details>
  );
}
