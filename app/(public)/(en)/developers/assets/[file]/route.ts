// GET /developers/assets/{file}: Swagger UI's prebuilt script and stylesheet, served by the app itself (no CDN).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { apiRoute } from "@/lib/http/api-route";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The only files served, from the pinned swagger-ui-dist package (an own-key allow-list, no path from the URL). */
const ASSETS = new Map([
  ["swagger-ui-bundle.js", "text/javascript; charset=utf-8"],
  ["swagger-ui.css", "text/css; charset=utf-8"],
]);

export const GET = apiRoute<{ file: string }>(async (_req, { params }) => {
  const type = ASSETS.get(params.file);
  if (!type) throw new AppError("NOT_FOUND", "No such asset");
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", params.file));
  return new Response(new Uint8Array(body), { headers: { "content-type": type, "cache-control": "public, max-age=86400" } });
});
