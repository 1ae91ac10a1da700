// GET /api/health/ready: may this instance take traffic? 200 when the database answers and its migrations are
// current; 503 otherwise, and while the server drains for shutdown. Replica health is reported, never fatal.
import { checkReadiness } from "@/lib/db/readiness";
import { RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { isDraining } from "@/lib/http/draining";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const r = await checkReadiness();
  const draining = isDraining();
  const ok = r.ready && !draining;
  return Response.json(
    { status: ok ? "ready" : draining ? "draining" : "not-ready", ...r },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store", ...(ok ? {} : { "retry-after": String(RETRY_AFTER_SECONDS) }) } },
  );
}
