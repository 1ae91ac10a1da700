// "Call" (a tel: link) and "Directions" (the person's own maps app) for one place.
import { directionsHref, telHref } from "@/components/format";

type TPlace = { name: string; phone: string | null; address: string; city: string; state: string; zip: string };

export function ContactButtons({ place }: { place: TPlace }) {
  return (
    <p className="result__actions">
      {place.phone ? (
        <a className="button button--secondary button--small" href={telHref(place.phone)}>
          <span aria-hidden="true">☎</span> Call {place.phone}
        </a>
      ) : null}
      <a className="button button--secondary button--small" href={directionsHref(place)} target="_blank" rel="noopener noreferrer">
        Directions<span className="sr-only"> to {place.name} (opens in a new tab)</span>
      </a>
    </p>
  );
}
