// The application's environment, validated once with zod. The only module that reads process.env.
import { isIP } from "node:net";
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgres:// or postgresql:// URL")
    .optional(),
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  /** Unset: 54329, or a free port when that one is taken (scripts/start.ts says which). Set: exactly this port. */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** Named prepared statements for hot queries; the embedded database shares one session across connections, so off there. */
  DB_PREPARED_STATEMENTS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Read replicas for public reads: a comma-separated list of postgres:// URLs (empty: every read goes to DATABASE_URL). */
  DATABASE_REPLICA_URLS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "must be a comma-separated list of postgres:// URLs"))),
  /** A replica further behind the primary than this is skipped until it catches up. */
  REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0).default(10),
  REPLICA_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  /** HTTP server (scripts/serve.ts): port, bind address, and how long in-flight requests may finish after SIGTERM. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** /metrics: a bearer token that opens it from every address, and the addresses allowed without one. */
  METRICS_TOKEN: z.string().min(16).optional(),
  METRICS_ALLOW: z
    .string()
    .default("127.0.0.1/32,::1/128")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().refine(isCidr, { message: "must be a comma-separated list of CIDR ranges like 10.0.0.0/8 or ::1/128" }))),
  /** In-process cache of recent search answers: how long one is reused (0 turns it off) and how many are kept. */
  SEARCH_CACHE_TTL_MS: z.coerce.number().int().min(0).default(5000),
  SEARCH_CACHE_MAX: z.coerce.number().int().min(1).default(2000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  /** Map tiles for the public maps; empty turns tiles off (the offline state-outline basemap still shows). */
  MAP_TILE_URL: z.string().trim().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .trim()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  /** Secret mixed into the sha-256 of reporters' IP addresses, so stored hashes cannot be reversed by brute force. */
  // Portal authentication and mail (lib/auth, lib/mail).
  /** Encrypts TOTP secrets and keys hashes of IPs; at least 32 characters. Required in production. */
  AUTH_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** smtp://user:pass@host:port or smtps://…; without it mail is written to MAIL_OUTBOX_DIR. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("IR Finder <no-reply@localhost>"),
  MAIL_OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
  /** Public API (/api/v1, /fhir) fair-use limit: requests per minute per client address; 0 turns it off. */
  PUBLIC_API_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(300),
  /**
   * Reverse proxies allowed to tell us the client's address (X-Forwarded-For) and the public host and scheme
   * (X-Forwarded-Host/-Proto): a comma-separated CIDR list such as "127.0.0.1/32,10.0.0.0/8". Empty (the default)
   * means no proxy is trusted and the TCP peer is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().refine(isCidr, { message: "must be a comma-separated list of CIDR ranges like 10.0.0.0/8 or ::1/128" }))),
});

/** "10.0.0.0/8", "::1/128" or a bare address (a single host). */
function isCidr(s: string): boolean {
  const [address = "", prefix, ...rest] = s.split("/");
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  return bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/** Parsed environment; throws a readable error listing every bad variable. */
export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests and scripts that change the environment after first use. */
export function resetEnvCache(): void {
  cached = undefined;
}
