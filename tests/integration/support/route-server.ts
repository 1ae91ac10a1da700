// A real HTTP server in front of the app's route handlers, so HTTP clients (a FHIR client, fetch) test them end to end.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import * as fhirRoute from "@/app/fhir/[[...path]]/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as clinicRoute from "@/app/api/v1/clinics/[slug]/route";
import * as physicianRoute from "@/app/api/v1/physicians/[idOrSlug]/route";
import * as proceduresRoute from "@/app/api/v1/procedures/route";
import * as searchRoute from "@/app/api/v1/search/route";
import * as csvRoute from "@/app/api/v1/export/physicians.csv/route";
import { stampPeerAddresses } from "@/lib/http/peer-address";

type THandler = (req: NextRequest, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
type TRoute = { pattern: RegExp; methods: Partial<Record<string, THandler>>; params: (m: RegExpExecArray) => Record<string, unknown> };

const asHandlers = (mod: Record<string, unknown>): Partial<Record<string, THandler>> => mod as Partial<Record<string, THandler>>;

const ROUTES: TRoute[] = [
  {
    pattern: /^\/fhir(?:\/(.*))?$/,
    methods: asHandlers(fhirRoute),
    params: (m) => ({ path: m[1] ? m[1].split("/").map(decodeURIComponent) : undefined }),
  },
  { pattern: /^\/api\/v1\/search$/, methods: asHandlers(searchRoute), params: () => ({}) },
  { pattern: /^\/api\/v1\/procedures$/, methods: asHandlers(proceduresRoute), params: () => ({}) },
  { pattern: /^\/api\/v1\/openapi\.json$/, methods: asHandlers(openapiRoute), params: () => ({}) },
  { pattern: /^\/api\/v1\/export\/physicians\.csv$/, methods: asHandlers(csvRoute), params: () => ({}) },
  {
    pattern: /^\/api\/v1\/physicians\/([^/]+)$/,
    methods: asHandlers(physicianRoute),
    params: (m) => ({ idOrSlug: decodeURIComponent(m[1] as string) }),
  },
  {
    pattern: /^\/api\/v1\/clinics\/([^/]+)$/,
    methods: asHandlers(clinicRoute),
    params: (m) => ({ slug: decodeURIComponent(m[1] as string) }),
  },
];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the server on a free port; close() stops it. */
export async function startRouteServer(): Promise<{ url: string; close: () => Promise<void> }> {
  // As in the real server (instrumentation.ts): the client address comes from the socket, so per-client limits apply.
  stampPeerAddresses();
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
      const route = ROUTES.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).find((x) => x.m);
      const method = req.method ?? "GET";
      const handler = route?.r.methods[method === "HEAD" ? "GET" : method];
      if (!route || !route.m || !handler) {
        res.writeHead(404).end();
        return;
      }
      const body = method === "GET" || method === "HEAD" || method === "DELETE" ? undefined : new Uint8Array(await readBody(req));
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const out = await handler(new NextRequest(url, { method, headers, body }), { params: Promise.resolve(route.r.params(route.m)) });
      res.writeHead(out.status, Object.fromEntries(out.headers));
      if (out.body && method !== "HEAD") {
        const reader = out.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          res.write(value);
        }
      }
      res.end();
    } catch (e) {
      res.writeHead(599).end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
