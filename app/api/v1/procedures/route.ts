// GET /api/v1/procedures: the procedures and conditions the directory can filter by.
import { publicApiRoute } from "@/lib/http/public-api";
import { listProceduresAndConditions } from "@/lib/procedures/list-procedures";
import { ZProcedureList } from "@/lib/procedures/schema";

export const dynamic = "force-dynamic";

export const GET = publicApiRoute(ZProcedureList, async () => listProceduresAndConditions());
