// Issue 12's performance targets, checked against one `npm run bench:search` run. Each line says the figure, the
// target and whether it was met, so a run's verdict is read off the output instead of worked out from the tables.

export type TSizeFigures = {
  size: number;
  floorRps: number;
  wideRps: number;
  /** The wide mix one request at a time (unloaded latency). */
  wide1P50: number;
  wide1P975: number;
  hotRps: number;
  /** The hot mix through nginx's cache; null when the run had no nginx in front. */
  hotNginxRps: number | null;
  errors: number;
};

export type TTargetCheck = { target: string; figure: string; met: boolean | null };

/** The sizes the issue sets its targets at; the growth is read from the smallest to the largest size measured. */
export const TARGET_SIZES = [100_000, 1_000_000] as const;
export const GROWTH_FROM = 10_000;
export const GROWTH_TO = 1_000_000;

// Three decimals: a ratio just under its bound must not print as the bound itself.
const x = (n: number) => `${n.toFixed(3)}x`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** One line per target and measured size; a target whose sizes this run did not measure is absent. */
export function checkTargets(runs: ReadonlyArray<TSizeFigures>): TTargetCheck[] {
  const out: TTargetCheck[] = [];
  for (const r of runs.filter((f) => (TARGET_SIZES as ReadonlyArray<number>).includes(f.size))) {
    const at = `at ${r.size.toLocaleString("en-US")}`;
    const wide = r.wideRps / r.floorRps;
    const hot = r.hotRps / r.floorRps;
    const nginx = r.hotNginxRps === null ? null : r.hotNginxRps / r.floorRps;
    out.push(
      { target: `wide >= 0.4x floor ${at}`, figure: x(wide), met: wide >= 0.4 },
      { target: `unloaded wide p50 <= 4 ms ${at}`, figure: ms(r.wide1P50), met: r.wide1P50 <= 4 },
      { target: `unloaded wide p97.5 <= 10 ms ${at}`, figure: ms(r.wide1P975), met: r.wide1P975 <= 10 },
      { target: `hot >= 0.9x floor in-process ${at}`, figure: x(hot), met: hot >= 0.9 },
      {
        target: `hot >= 5x floor through nginx ${at}`,
        figure: nginx === null ? "not measured (no --nginx-port)" : x(nginx),
        met: nginx === null ? null : nginx >= 5,
      },
      { target: `0 errors ${at}`, figure: String(r.errors), met: r.errors === 0 },
    );
  }
  const from = runs.find((f) => f.size === GROWTH_FROM);
  const to = runs.find((f) => f.size === GROWTH_TO);
  if (from && to) {
    const growth = to.wide1P50 / from.wide1P50;
    out.push({ target: "unloaded wide p50 growth 10,000 -> 1,000,000 <= 1.5x", figure: x(growth), met: growth <= 1.5 });
  }
  return out;
}

/** The lines the benchmark prints, and whether every measured target was met. */
export function formatTargets(checks: ReadonlyArray<TTargetCheck>): { lines: string[]; allMet: boolean } {
  const lines = checks.map((c) => `  ${c.met === null ? "n/a   " : c.met ? "met   " : "MISSED"}  ${c.target}: ${c.figure}`);
  return { lines, allMet: checks.length > 0 && checks.every((c) => c.met !== false) };
}
