// Structured JSON logging (pino) shared by the server, scripts and importers.
import pino from "pino";
import { env } from "@/lib/env";

export const log = pino({
  level: env().LOG_LEVEL,
  base: { app: "ir-finder" },
  redact: { paths: ["password", "*.password", "token", "*.token", "cookie", "*.cookie"], censor: "[redacted]" },
});
