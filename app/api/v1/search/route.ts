// GET /api/v1/search: physicians near a place who perform a procedure.
import { searchParamsObject } from "@/lib/http/api-route";
import { publicApiRoute } from "@/lib/http/public-api";
import { ZSearchResponse } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";

export const dynamic = "force-dynamic";

// The route keeps each serialized answer (cacheAnswers), so a repeated request never reaches the search: keeping the
// answer's objects as well cost every uncached request ~0.07 ms of server CPU (measured, decision 074).
export const GET = publicApiRoute(ZSearchResponse, async (req) => searchPhysiciansNear(searchParamsObject(req), { keepAnswer: false }), {
  cacheAnswers: true,
});
