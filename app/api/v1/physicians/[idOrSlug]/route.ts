// GET /api/v1/physicians/{id or slug}: one physician with locations, procedures, certifications, volumes, provenance.
import { parseWith } from "@/lib/http/api-route";
import { publicApiRoute } from "@/lib/http/public-api";
import { getPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { ZPhysicianKey, ZPhysicianProfile } from "@/lib/physicians/schema";

export const dynamic = "force-dynamic";

export const GET = publicApiRoute<{ idOrSlug: string }>(
  ZPhysicianProfile,
  async (_req, { params }) => getPhysicianProfile(parseWith(ZPhysicianKey, params.idOrSlug, "physician")),
  { cacheSeconds: 60 },
);
