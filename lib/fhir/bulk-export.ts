// FHIR Bulk Data system-level $export: kick-off, status/manifest and NDJSON files streamed from the live directory.
import "server-only";
import { AppError } from "@/lib/errors";
import { FHIR_JSON } from "@/lib/fhir/codes";
import { LAST_UPDATED_SQL, loadByIds, toProvenance } from "@/lib/fhir/load";
import { emptyPlan, selectById, type TSearchPlan } from "@/lib/fhir/search";
import { DIRECTORY_TYPES, type TDirectoryType } from "@/lib/fhir/types";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Nothing is stored per export: the job id carries the request (types, _since) and its transaction time, and each
 * file is generated when it is downloaded, in keyset batches, so memory stays flat however large the directory
 * grows (docs/decisions/023).
 */
const EXPORT_TYPES = [...DIRECTORY_TYPES, "Provenance"] as const;
type TExportType = (typeof EXPORT_TYPES)[number];
const BATCH = 500;
const OUTPUT_FORMATS = new Set(["application/fhir+ndjson", "application/ndjson", "ndjson"]);

type TJob = { types: TExportType[]; since: string | null; at: string };

const encodeJob = (j: TJob) => Buffer.from(JSON.stringify(j)).toString("base64url");

function decodeJob(id: string): TJob {
  const unknown = () => new AppError("NOT_FOUND", "Unknown export job");
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(id)) throw unknown();
  try {
    const j = JSON.parse(Buffer.from(id, "base64url").toString("utf8")) as Partial<TJob>;
    const types = Array.isArray(j.types) ? j.types.filter((t): t is TExportType => (EXPORT_TYPES as readonly string[]).includes(t)) : [];
    if (!types.length || typeof j.at !== "string" || Number.isNaN(Date.parse(j.at))) throw unknown();
    if (j.since !== null && (typeof j.since !== "string" || Number.isNaN(Date.parse(j.since)))) throw unknown();
    return { types, since: j.since ?? null, at: j.at };
  } catch {
    throw unknown();
  }
}

function outcome(status: number, diagnostics: string): Response {
  return new Response(
    JSON.stringify({
      resourceType: "OperationOutcome",
      issue: [{ severity: "error", code: status === 404 ? "not-found" : "invalid", diagnostics }],
    }),
    { status, headers: { "content-type": FHIR_JSON } },
  );
}

/** GET /fhir/$export (Prefer: respond-async): 202 with Content-Location of the status URL. */
export async function exportKickOff(req: Request, base: string): Promise<Response> {
  if (!/respond-async/i.test(req.headers.get("prefer") ?? "")) {
    return outcome(400, "Bulk export is asynchronous: send the header Prefer: respond-async");
  }
  const q = new URL(req.url).searchParams;
  const fmt = q.get("_outputFormat");
  if (fmt !== null && !OUTPUT_FORMATS.has(fmt)) return outcome(400, `Unsupported _outputFormat "${fmt}": only application/fhir+ndjson`);
  let types: TExportType[] = [...EXPORT_TYPES];
  const typeParam = q.get("_type");
  if (typeParam) {
    const asked = typeParam
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = asked.filter((t) => !(EXPORT_TYPES as readonly string[]).includes(t));
    if (bad.length) return outcome(400, `Unsupported _type: ${bad.join(", ")}. Supported: ${EXPORT_TYPES.join(", ")}`);
    types = EXPORT_TYPES.filter((t) => asked.includes(t));
  }
  const sinceParam = q.get("_since");
  if (
    sinceParam !== null &&
    (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(sinceParam) || Number.isNaN(Date.parse(sinceParam)))
  ) {
    return outcome(400, `Invalid _since "${sinceParam}": use an instant such as 2026-01-01T00:00:00Z`);
  }
  for (const k of q.keys()) {
    if (!["_type", "_since", "_outputFormat"].includes(k)) return outcome(400, `Unsupported export parameter ${k}`);
  }
  const job = encodeJob({ types, since: sinceParam ? new Date(sinceParam).toISOString() : null, at: new Date().toISOString() });
  return new Response(null, { status: 202, headers: { "content-location": `${base}/$export-status/${job}` } });
}

/** GET: the manifest (the files are ready at once: they are generated as they are read). DELETE: 202. */
export async function exportStatus(req: Request, base: string, jobId: string): Promise<Response> {
  const job = decodeJob(jobId);
  if (req.method === "DELETE") return new Response(null, { status: 202 });
  if (req.method !== "GET" && req.method !== "HEAD") return outcome(400, "Use GET to poll or DELETE to cancel");
  const kickOff = new URL(`${base}/$export`);
  kickOff.searchParams.set("_type", job.types.join(","));
  if (job.since) kickOff.searchParams.set("_since", job.since);
  const manifest = {
    transactionTime: job.at,
    request: kickOff.toString(),
    requiresAccessToken: false,
    output: job.types.map((type) => ({ type, url: `${base}/$export-file/${jobId}/${type}.ndjson` })),
    error: [],
  };
  return new Response(JSON.stringify(manifest), {
    status: 200,
    headers: { "content-type": "application/json", expires: new Date(Date.now() + 86_400_000).toUTCString() },
  });
}

/** GET one NDJSON file, streamed batch by batch. */
export async function exportFile(_req: Request, jobId: string, file: string): Promise<Response> {
  const job = decodeJob(jobId);
  const type = file.replace(/\.ndjson$/, "");
  if (!file.endsWith(".ndjson") || !job.types.includes(type as TExportType))
    throw new AppError("NOT_FOUND", `No file ${file} in this export`);
  const sources: TDirectoryType[] = type === "Provenance" ? [...DIRECTORY_TYPES] : [type as TDirectoryType];
  const encoder = new TextEncoder();
  const batches = walk(sources, job.since ? new Date(job.since) : null, type === "Provenance");
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": "application/fhir+ndjson", "cache-control": "no-store" } });
}

/** Yields NDJSON text one batch at a time: only one batch of rows is ever in memory. */
export async function* walk(types: TDirectoryType[], since: Date | null, provenance: boolean): AsyncGenerator<string> {
  for (const type of types) {
    let cursor: string | null = null;
    for (;;) {
      const plan: TSearchPlan = {
        ...emptyPlan(type),
        conds: since ? [Prisma.sql`${LAST_UPDATED_SQL[type]} > ${since}`] : [],
        postFilters: true,
        count: BATCH,
        cursor,
      };
      const hits = await selectById(plan, BATCH);
      if (!hits.length) break;
      const loaded = await loadByIds(
        type,
        hits.map((h) => h.id),
      );
      const lines = loaded.map((l) => JSON.stringify(provenance ? toProvenance(l.resource, l.source) : l.resource));
      if (lines.length) yield `${lines.join("\n")}\n`;
      if (hits.length < BATCH) break;
      cursor = hits.at(-1)?.cursor ?? null;
    }
  }
}
