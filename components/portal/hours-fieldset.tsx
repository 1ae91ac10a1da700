"use client";
// The weekly hours grid of a location form: up to two periods a day (split shifts), "copy Monday to weekdays", the
// day with a problem marked, and what was typed kept after every error.
import { useRef } from "react";
import { TimeInput, useFieldError, useFieldId } from "@/components/portal/form-state";
import { DAY_NAMES } from "@/lib/text/calendar";
import styles from "./portal.module.css";

type TSlot = { day: number; open: string; close: string };

/** Monday first, as clinics read a week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function DayRow({ day, slots }: { day: number; slots: TSlot[] }) {
  const err = useFieldError(`hours.day${day}`);
  const name = DAY_NAMES[day] ?? "";
  const first = slots[0];
  const second = slots[1];
  return (
    <div className={styles.hoursRow} role="group" aria-label={name} aria-invalid={err ? true : undefined} data-day={day}>
      <strong style={{ minWidth: "6.5rem" }}>{name}</strong>
      <span>
        <TimeInput name={`open_${day}`} index={0} value={first?.open ?? ""} label={`${name} opens`} invalid={!!err} />
        {" – "}
        <TimeInput name={`close_${day}`} index={0} value={first?.close ?? ""} label={`${name} closes`} invalid={!!err} />
      </span>
      <span>
        and <TimeInput name={`open_${day}`} index={1} value={second?.open ?? ""} label={`${name} opens again (optional)`} invalid={!!err} />
        {" – "}
        <TimeInput name={`close_${day}`} index={1} value={second?.close ?? ""} label={`${name} closes again (optional)`} invalid={!!err} />
      </span>
      {err ? <small className={styles.fieldError}>{err}</small> : null}
    </div>
  );
}

export function HoursFieldset({ hours, note }: { hours: TSlot[]; note?: React.ReactNode }) {
  const box = useRef<HTMLFieldSetElement>(null);
  const id = useFieldId("hours");
  const copyMonday = () => {
    const root = box.current;
    if (!root) return;
    for (const kind of ["open", "close"]) {
      const monday = [...root.querySelectorAll<HTMLInputElement>(`input[name="${kind}_1"]`)];
      for (const day of [2, 3, 4, 5]) {
        root.querySelectorAll<HTMLInputElement>(`input[name="${kind}_${day}"]`).forEach((input, i) => {
          input.value = monday[i]?.value ?? "";
        });
      }
    }
  };
  return (
    <fieldset className={styles.fieldset} ref={box} id={id}>
      <legend>Opening hours (leave a day empty when closed; the second period is for split shifts)</legend>
      {note ? <p className={styles.pendingNote}>{note}</p> : null}
      <div className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={copyMonday}>
          Copy Monday to Tuesday–Friday
        </button>
      </div>
      {WEEK.map((day) => (
        <DayRow key={day} day={day} slots={hours.filter((h) => h.day === day).sort((a, b) => a.open.localeCompare(b.open))} />
      ))}
    </fieldset>
  );
}
