// A physician profile's labels in the reader's language (`lang=es` on the API): procedure names and the volumes
// note; names, addresses, codes and every fact stay as they are.
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { TPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { localizedName } from "@/lib/procedures/localize";

export function localizePhysicianProfile(p: TPhysicianProfile, locale: TLocale): TPhysicianProfile {
  if (locale === "en") return p;
  const name = <T extends { slug: string; name: string }>(x: T): T => ({ ...x, name: localizedName("procedure", x.slug, x.name, locale) });
  return {
    ...p,
    procedures: p.procedures.map(name),
    locations: p.locations.map((l) => ({ ...l, procedures: l.procedures.map(name) })),
    volumes: {
      ...p.volumes,
      note: translator(locale)("Profile.volumeCaveat"),
      rows: p.volumes.rows.map((r) => ({ ...r, procedure: r.procedure ? name(r.procedure) : null })),
    },
  };
}
