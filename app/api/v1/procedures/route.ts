// GET /api/v1/procedures: the procedures and conditions the directory can filter by.
import { apiRoute } from "@/lib/http/api-route";
import { listProceduresAndConditions } from "@/lib/procedures/list-procedures";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => listProceduresAndConditions(), { cacheSeconds: 300 });
