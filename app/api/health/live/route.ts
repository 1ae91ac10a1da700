// GET /api/health/live: the process is up and serving (no database call: a restart would not help the database).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}
