// GET /api/v1/openapi.json: the OpenAPI 3.1 contract of the public API (generated from the zod schemas).
import { env } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";
import { conditionalResponse } from "@/lib/http/conditional";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

let cached: string | undefined;

export const GET = apiRoute(async (req) => {
  cached ??= JSON.stringify(buildOpenApiDocument(new URL(env().SITE_URL).origin), null, 2);
  return conditionalResponse(req, cached, { contentType: "application/json", cacheControl: "public, max-age=3600" });
});
