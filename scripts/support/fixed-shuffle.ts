// A shuffle that is the same on every run (Fisher-Yates over a small linear congruential generator), for benchmark
// mixes: consecutive requests ask different places and questions, and two runs send the same sequence.
export function fixedShuffle<T>(items: T[], seed = 42): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
