// GET /api/v1/physicians/{id or slug}: one physician with locations, procedures, certifications, volumes, provenance.
import { publicApiRoute } from "@/lib/http/public-api";
import { getPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { ZPhysicianProfile } from "@/lib/physicians/schema";

export const dynamic = "force-dynamic";

export const GET = publicApiRoute<{ idOrSlug: string }>(ZPhysicianProfile, async (_req, { params }) =>
  getPhysicianProfile(params.idOrSlug),
);
