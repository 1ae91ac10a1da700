// Absolute links put in e-mails.
import { env } from "@/lib/env";

export function portalLink(pathAndQuery: string): string {
  return new URL(pathAndQuery, env().SITE_URL).toString();
}
