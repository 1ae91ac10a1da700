// GET /api/v1/procedures: the procedures and conditions the directory can filter by (`lang=es` for Spanish labels).
import { searchParamsObject } from "@/lib/http/api-route";
import { publicApiRoute } from "@/lib/http/public-api";
import { listProceduresAndConditions } from "@/lib/procedures/list-procedures";
import { ZProcedureList } from "@/lib/procedures/schema";

export const dynamic = "force-dynamic";

export const GET = publicApiRoute(ZProcedureList, async (req) => listProceduresAndConditions(searchParamsObject(req)));
