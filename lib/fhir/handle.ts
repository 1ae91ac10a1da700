// The FHIR endpoint's dispatcher: /fhir/metadata, read, vread, search, Provenance, bulk $export; OperationOutcome errors.
import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { AppError, isAppError, type TErrorCode } from "@/lib/errors";
import { exportFile, exportKickOff, exportStatus } from "@/lib/fhir/bulk-export";
import { capabilityStatement } from "@/lib/fhir/capability";
import { FHIR_JSON } from "@/lib/fhir/codes";
import { loadByIds, toProvenance } from "@/lib/fhir/load";
import { outcomeResource, planSearch, runSearch } from "@/lib/fhir/search";
import { DIRECTORY_TYPES, type TDirectoryType, type TResource } from "@/lib/fhir/types";
import { RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { asUnavailable } from "@/lib/http/api-route";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-policy";
import { cachedAnswer } from "@/lib/http/answer-cache";
import { conditionalResponse } from "@/lib/http/conditional";
import { takePublicApiToken } from "@/lib/http/public-rate-limit";
import { log } from "@/lib/log";

const CONTENT_TYPE = `${FHIR_JSON}; charset=utf-8`;
const ISSUE_CODE: Partial<Record<TErrorCode, string>> = {
  BAD_REQUEST: "invalid",
  VALIDATION_FAILED: "invalid",
  NOT_FOUND: "not-found",
  RATE_LIMITED: "throttled",
  UNKNOWN_PROCEDURE: "not-found",
  UNKNOWN_LOCATION: "not-found",
  UNAVAILABLE: "transient",
};

export function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": CONTENT_TYPE, "cache-control": "no-store", ...headers } });
}

function errorResponse(e: unknown, req: Request, requestId: string): Response {
  const unavailable = asUnavailable(e);
  if (unavailable) {
    if (!isAppError(e)) log.warn({ err: e, requestId, path: new URL(req.url).pathname }, "fhir: database unavailable");
    return fhirJson(outcomeResource("error", "transient", unavailable.message), 503, {
      "x-request-id": requestId,
      "retry-after": String(RETRY_AFTER_SECONDS),
    });
  }
  if (isAppError(e)) {
    return fhirJson(outcomeResource("error", ISSUE_CODE[e.code] ?? "processing", e.message), e.status, { "x-request-id": requestId });
  }
  log.error({ err: e, requestId, method: req.method, path: new URL(req.url).pathname }, "fhir request failed");
  return fhirJson(outcomeResource("error", "exception", "Something went wrong on our side. Please try again in a moment."), 500, {
    "x-request-id": requestId,
  });
}

const isDirectoryType = (t: string): t is TDirectoryType => (DIRECTORY_TYPES as readonly string[]).includes(t);

/** FHIR base URL as the client addressed us (links in bundles must work for the caller). */
export function fhirBase(req: Request): string {
  return `${new URL(req.url).origin}/fhir`;
}

/** `Prefer: handling=strict` turns unknown search parameters into errors (FHIR R4 search, "Handling Errors"). */
function isStrict(req: Request): boolean {
  return /(^|[;,\s])handling\s*=\s*strict\b/i.test(req.headers.get("prefer") ?? "");
}

function resourceResponse(req: Request, resource: TResource): Response {
  const lm = resource.meta?.lastUpdated ? new Date(resource.meta.lastUpdated) : null;
  return conditionalResponse(req, JSON.stringify(resource), {
    contentType: CONTENT_TYPE,
    lastModified: lm,
    cacheControl: PUBLIC_CACHE_CONTROL,
  });
}

async function read(type: TDirectoryType | "Provenance", id: string, version: string | null): Promise<TResource> {
  const missing = () => new AppError("NOT_FOUND", `${type}/${id}${version ? `/_history/${version}` : ""} is not in the directory`);
  if (type === "Provenance") {
    const m = /^(Practitioner|PractitionerRole|Location|Organization|HealthcareService)-(.+)$/.exec(id);
    const target = m ? (await loadByIds(m[1] as TDirectoryType, [m[2] as string]))[0] : undefined;
    if (!target || version) throw missing();
    return toProvenance(target.resource, target.source);
  }
  const found = (await loadByIds(type, [id]))[0];
  if (!found) throw missing();
  // Only the current version is kept: vread answers for it and 404s for older ones.
  if (version !== null && found.resource.meta?.versionId !== version) throw missing();
  return found.resource;
}

export async function handleFhir(req: Request, segments: string[]): Promise<Response> {
  const requestId = req.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
  try {
    const d = takePublicApiToken(req.headers, env().PUBLIC_API_RATE_LIMIT);
    if (d && !d.allowed) {
      return fhirJson(
        outcomeResource("error", "throttled", `Too many requests: ${d.limit} a minute per client. Try again in ${d.retryAfterSeconds} s.`),
        429,
        { "retry-after": String(d.retryAfterSeconds) },
      );
    }
    const res = await dispatch(req, segments);
    res.headers.set("x-request-id", requestId);
    return res;
  } catch (e) {
    return errorResponse(e, req, requestId);
  }
}

async function dispatch(req: Request, seg: string[]): Promise<Response> {
  const method = req.method === "HEAD" ? "GET" : req.method;
  const [first, second, third, fourth] = seg;
  const base = fhirBase(req);
  if (seg.length === 1 && first === "metadata" && method === "GET") {
    return conditionalResponse(req, JSON.stringify(capabilityStatement(base, { version: "1.0.0" })), {
      contentType: CONTENT_TYPE,
      cacheControl: "public, max-age=3600",
    });
  }
  if (first === "$export" && seg.length === 1 && method === "GET") return exportKickOff(req, base);
  if (first === "$export-status" && seg.length === 2 && second) return exportStatus(req, base, second);
  if (first === "$export-file" && seg.length === 3 && second && third && method === "GET") return exportFile(req, second, third);
  if (!first || !(isDirectoryType(first) || first === "Provenance")) {
    throw new AppError(
      "NOT_FOUND",
      `Unknown resource type or operation: /fhir/${seg.join("/")}. Supported: ${DIRECTORY_TYPES.join(", ")}, Provenance, metadata, $export`,
    );
  }
  const type = first;
  if (seg.length === 1 && method === "GET" && type !== "Provenance") return search(req, type, new URL(req.url).searchParams, base);
  if (seg.length === 2 && second === "_search" && method === "POST" && type !== "Provenance") {
    const form = new URLSearchParams(await req.text());
    for (const [k, v] of new URL(req.url).searchParams) form.append(k, v);
    return search(req, type, form, base);
  }
  if (seg.length === 2 && second && method === "GET") return resourceResponse(req, await read(type, second, null));
  if (seg.length === 4 && second && third === "_history" && fourth && method === "GET")
    return resourceResponse(req, await read(type, second, fourth));
  if (method !== "GET" && method !== "POST") {
    return fhirJson(outcomeResource("error", "not-supported", "This directory is read-only"), 405, { allow: "GET, HEAD" });
  }
  throw new AppError("NOT_FOUND", `Unknown FHIR path /fhir/${seg.join("/")}`);
}

async function search(req: Request, type: TDirectoryType, params: URLSearchParams, base: string): Promise<Response> {
  const strict = isStrict(req);
  // Same short-lived answer cache as the JSON API's search (decision 040's freshness bound): the key is everything
  // the bundle depends on — the base its links use, the type, the parameters as sent and the error handling asked for.
  const key = `${base}/${type}?${params.toString()} strict=${strict}`;
  const answer = await cachedAnswer("fhir-answer", key, async () => {
    const bundle = await runSearch(await planSearch(type, params, strict), base);
    const lm = bundle.meta?.lastUpdated ? new Date(bundle.meta.lastUpdated) : null;
    return { body: JSON.stringify(bundle), lastModified: lm };
  });
  return conditionalResponse(req, answer.body, {
    contentType: CONTENT_TYPE,
    lastModified: answer.lastModified,
    cacheControl: PUBLIC_CACHE_CONTROL,
    etag: answer.etag,
  });
}
