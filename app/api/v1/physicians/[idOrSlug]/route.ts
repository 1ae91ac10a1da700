// GET /api/v1/physicians/{id or slug}: one physician with locations, procedures, certifications, volumes, provenance.
import { apiRoute } from "@/lib/http/api-route";
import { getPhysicianProfile } from "@/lib/physicians/get-physician-profile";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ idOrSlug: string }>(async (_req, { params }) => getPhysicianProfile(params.idOrSlug), { cacheSeconds: 60 });
