// Reads the development/test outbox folder that sendMail writes when no SMTP server is configured.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { TOutboxMessage } from "@/lib/mail/send-mail";

/** Messages to one address, oldest first. */
export async function readOutbox(dir: string, to?: string): Promise<TOutboxMessage[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return [];
  }
  const all = await Promise.all(names.map(async (n) => JSON.parse(await readFile(path.join(dir, n), "utf8")) as TOutboxMessage));
  return to ? all.filter((m) => m.to.toLowerCase() === to.toLowerCase()) : all;
}

/** The first URL in a message body that contains `pathPart`. */
export function linkIn(message: TOutboxMessage, pathPart: string): string | null {
  const m = message.text.match(/https?:\/\/\S+/g) ?? [];
  return m.find((u) => u.includes(pathPart)) ?? null;
}
