// Allow-list look-ups that only see a table's own keys, never Object.prototype's (constructor, __proto__, toString…).

/** True when `key` is one of `table`'s own keys; `"constructor" in {}` is true, this is not. */
export function hasOwnKey<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/** `table[key]` for an own key, otherwise undefined (an inherited function never leaks out as a value). */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
