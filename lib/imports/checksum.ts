// Content checksums of mapped rows: a re-imported row whose checksum matches is skipped as unchanged.
import { createHash } from "node:crypto";

// Bump when a mapping changes what it derives from a row, so the next import rewrites every row once.
const MAPPING_VERSION = "1";

export function rowChecksum(values: unknown): string {
  return createHash("sha1").update(MAPPING_VERSION).update(JSON.stringify(values)).digest("base64url");
}
