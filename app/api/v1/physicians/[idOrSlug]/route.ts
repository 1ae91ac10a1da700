// GET /api/v1/physicians/{id or slug}: one physician with locations, procedures, certifications, volumes, provenance
// (`lang=es` for Spanish procedure names and messages; the data is the same).
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { searchParamsObject } from "@/lib/http/api-route";
import { publicApiRoute } from "@/lib/http/public-api";
import { translator } from "@/lib/i18n/messages";
import { ZLang } from "@/lib/i18n/schema";
import { getPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { localizePhysicianProfile } from "@/lib/physicians/localize-profile";
import { ZPhysicianProfile } from "@/lib/physicians/schema";
import { parseWith } from "@/lib/validation/parse";

export const dynamic = "force-dynamic";

const ZPhysicianQuery = z.object({ lang: ZLang });

export const GET = publicApiRoute<{ idOrSlug: string }>(ZPhysicianProfile, async (req, { params }) => {
  const { lang } = parseWith(ZPhysicianQuery, searchParamsObject(req), "query");
  try {
    return localizePhysicianProfile(await getPhysicianProfile(params.idOrSlug), lang);
  } catch (e) {
    if (lang !== "en" && isAppError(e) && e.code === "NOT_FOUND") throw new AppError(e.code, translator(lang)("Api.notFound"), e.details);
    throw e;
  }
});
