// "Call" (a tel: link) and "Directions" (the person's own maps app) for one place.
import { directionsHref, telHref } from "@/components/format";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

type TPlace = { name: string; phone: string | null; address: string; city: string; state: string; zip: string };

export function ContactButtons({ place, locale = "en" }: { place: TPlace; locale?: TLocale }) {
  const t = translator(locale);
  return (
    <p className="result__actions">
      {place.phone ? (
        <a className="button button--secondary button--small" href={telHref(place.phone)}>
          <span aria-hidden="true">☎</span> {t("Contact.call", { phone: place.phone })}
        </a>
      ) : null}
      <a className="button button--secondary button--small" href={directionsHref(place)} target="_blank" rel="noopener noreferrer">
        {t("Contact.directions")}
        <span className="sr-only">{t("Contact.directionsTo", { place: place.name })}</span>
      </a>
    </p>
  );
}
