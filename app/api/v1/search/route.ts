// GET /api/v1/search: physicians near a place who perform a procedure.
import { apiRoute, parseSearchParams } from "@/lib/http/api-route";
import { ZSearchQuery } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (req) => searchPhysiciansNear(parseSearchParams(req, ZSearchQuery)), { cacheSeconds: 60 });
