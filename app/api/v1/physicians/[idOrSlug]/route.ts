// GET /api/v1/physicians/{id or slug}: one physician with locations, procedures, certifications, volumes, provenance.
import { apiRoute, parseWith } from "@/lib/http/api-route";
import { getPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { ZPhysicianKey } from "@/lib/physicians/schema";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ idOrSlug: string }>(
  async (_req, { params }) => getPhysicianProfile(parseWith(ZPhysicianKey, params.idOrSlug, "physician")),
  { cacheSeconds: 60 },
);
