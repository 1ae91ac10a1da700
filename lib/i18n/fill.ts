// Fills simple "{name}" arguments of a catalog string where no ICU runtime is loaded (client components).

/** "Within {miles} miles" + { miles: 5 } -> "Within 5 miles"; plural sentences are resolved on the server instead. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
