// GET /api/v1/search: physicians near a place who perform a procedure.
import { apiRoute, searchParamsObject } from "@/lib/http/api-route";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (req) => searchPhysiciansNear(searchParamsObject(req)), { cacheSeconds: 60 });
