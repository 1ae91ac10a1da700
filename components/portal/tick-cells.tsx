"use client";
// A button that ticks (or clears) a set of checkboxes of its form by value: a whole row or column of the grid.
export function TickCells({ values, label, className }: { values: string[]; label: string; className?: string }) {
  return (
    <button
      type="button"
      className={className}
      onClick={(e) => {
        const form = e.currentTarget.form;
        if (!form) return;
        const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="cells"]')].filter((b) =>
          values.includes(b.value),
        );
        // Ticks them all, or clears them when all were ticked already.
        const all = boxes.every((b) => b.checked);
        for (const b of boxes) b.checked = !all;
      }}
    >
      {label}
    </button>
  );
}
