// /fhir/*: the FHIR R4 provider directory (Plan-Net), dispatched by lib/fhir/handle.
import type { NextRequest } from "next/server";
import { handleFhir } from "@/lib/fhir/handle";

export const dynamic = "force-dynamic";

type TCtx = { params: Promise<{ path?: string[] }> };
const handler = async (req: NextRequest, ctx: TCtx) => handleFhir(req, (await ctx.params).path ?? []);

export const GET = handler;
export const POST = handler;
export const DELETE = handler;
