// GET /api/v1/search: physicians near a place who perform a procedure.
import { searchParamsObject } from "@/lib/http/api-route";
import { publicApiRoute } from "@/lib/http/public-api";
import { ZSearchResponse } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";

export const dynamic = "force-dynamic";

export const GET = publicApiRoute(ZSearchResponse, async (req) => searchPhysiciansNear(searchParamsObject(req)), {
  cacheAnswers: true,
});
