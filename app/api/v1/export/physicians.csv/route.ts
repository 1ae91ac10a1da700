// GET /api/v1/export/physicians.csv: every physician x location x procedure as CSV, streamed.
import { physiciansCsv } from "@/lib/export/physicians-csv";
import { apiRoute } from "@/lib/http/api-route";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-policy";
import { rateLimitedResponse } from "@/lib/http/public-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (req) => {
  const limited = rateLimitedResponse(req);
  if (limited) return limited;
  const encoder = new TextEncoder();
  const chunks = physiciansCsv();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="ir-finder-physicians.csv"',
      "cache-control": PUBLIC_CACHE_CONTROL,
    },
  });
});
