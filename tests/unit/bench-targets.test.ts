import { describe, expect, it } from "vitest";
import { checkTargets, formatTargets, type TSizeFigures } from "../../scripts/support/bench-targets";

const fig = (size: number, over: Partial<TSizeFigures> = {}): TSizeFigures => ({
  size,
  floorRps: 1000,
  wideRps: 500,
  wide1P50: 2,
  wide1P975: 5,
  hotRps: 1000,
  hotNginxRps: 6000,
  errors: 0,
  ...over,
});

describe("bench:search's target check (issue 12)", () => {
  it("meets every target when each figure is on the right side of its bound", () => {
    const checks = checkTargets([fig(10_000), fig(100_000), fig(1_000_000, { wide1P50: 3 })]);
    // Six targets at each of the two sizes, and the growth.
    expect(checks).toHaveLength(13);
    expect(checks.every((c) => c.met === true)).toBe(true);
    expect(checks.at(-1)).toEqual({
      target: "unloaded wide p50 growth 10,000 -> 1,000,000 <= 1.5x",
      figure: "1.500x",
      met: true,
    });
    expect(formatTargets(checks).allMet).toBe(true);
  });

  it("names each target missed, with its figure", () => {
    const checks = checkTargets([
      fig(10_000, { wide1P50: 1 }),
      fig(1_000_000, { wideRps: 399, wide1P50: 4.6, wide1P975: 10.8, hotRps: 899, hotNginxRps: 4900, errors: 2 }),
    ]);
    const missed = checks.filter((c) => c.met === false).map((c) => `${c.target}: ${c.figure}`);
    expect(missed).toEqual([
      "wide >= 0.4x floor at 1,000,000: 0.399x",
      "unloaded wide p50 <= 4 ms at 1,000,000: 4.60 ms",
      "unloaded wide p97.5 <= 10 ms at 1,000,000: 10.80 ms",
      "hot >= 0.9x floor in-process at 1,000,000: 0.899x",
      "hot >= 5x floor through nginx at 1,000,000: 4.900x",
      "0 errors at 1,000,000: 2",
      "unloaded wide p50 growth 10,000 -> 1,000,000 <= 1.5x: 4.600x",
    ]);
    const { lines, allMet } = formatTargets(checks);
    expect(allMet).toBe(false);
    expect(lines).toContain("  MISSED  0 errors at 1,000,000: 2");
  });

  it("says what a run did not measure instead of calling it met or missed", () => {
    const checks = checkTargets([fig(100_000, { hotNginxRps: null })]);
    expect(checks.find((c) => c.target.includes("nginx"))).toMatchObject({ met: null });
    // No 10,000 or 1,000,000 run: no growth line.
    expect(checks.some((c) => c.target.includes("growth"))).toBe(false);
    // Sizes the issue sets no target at are not checked.
    expect(checkTargets([fig(10_000)])).toEqual([]);
    expect(formatTargets([]).allMet).toBe(false);
  });
});
