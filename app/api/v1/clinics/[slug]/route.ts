// GET /api/v1/clinics/{slug}: one clinic location with its practice, hours, provenance and the physicians there.
import { getClinicPage } from "@/lib/clinics/get-clinic-page";
import { ZClinicPage } from "@/lib/clinics/schema";
import { publicApiRoute } from "@/lib/http/public-api";

export const dynamic = "force-dynamic";

export const GET = publicApiRoute<{ slug: string }>(ZClinicPage, async (_req, { params }) => getClinicPage(params.slug));
