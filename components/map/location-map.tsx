"use client";
// A small map of one or more places (profile and clinic pages). Leaflet loads only when the map scrolls into view.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { TPlacePin, TTiles } from "@/components/map/map-types";
import type { TMapControlsText } from "@/components/map/map-controls-text";

const LocationMapInner = dynamic(() => import("@/components/map/location-map-inner"), {
  ssr: false,
  loading: () => <div className="location-map__placeholder" aria-hidden="true" />,
});

type TProps = { places: TPlacePin[]; tiles: TTiles; label: string; controls?: TMapControlsText };

/** `controls`: Leaflet's control words in the page's language (Spanish pages); English keeps Leaflet's own. */
export function LocationMap({ places, tiles, label, controls }: TProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          io.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);
  return (
    <div ref={ref} className="location-map" role="region" aria-label={label}>
      {visible ? (
        <LocationMapInner places={places} tiles={tiles} controls={controls} />
      ) : (
        <div className="location-map__placeholder" aria-hidden="true" />
      )}
    </div>
  );
}
