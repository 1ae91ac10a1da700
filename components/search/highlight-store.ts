// Which result is highlighted, shared by the server-rendered list and the client-only map (hover or focus on
// either side highlights the other). A tiny external store: no context needed across the two trees.

export type THighlight = { id: number; from: "list" | "map" } | null;

let current: THighlight = null;
const listeners = new Set<() => void>();

export function setHighlight(next: THighlight): void {
  if (current?.id === next?.id && current?.from === next?.from) return;
  current = next;
  for (const l of listeners) l();
}

export function subscribeHighlight(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getHighlight(): THighlight {
  return current;
}
