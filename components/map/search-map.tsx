"use client";
// Loads the results map only in the browser and only when it is on screen (wide screens, or the "Map" view on
// small ones), so Leaflet never weighs on the first load of /search.
import dynamic from "next/dynamic";
import { useCallback, useSyncExternalStore } from "react";
import type { TMapPoint, TTiles } from "@/components/map/map-types";
import { useSearchUi } from "@/components/search/search-shell";
import { useSearchState } from "@/components/search/use-search-state";

const ResultsMap = dynamic(() => import("@/components/map/results-map"), {
  ssr: false,
  loading: () => <div className="map-placeholder" aria-hidden="true" />,
});

const WIDE = "(min-width: 1024px)";

function useWide(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia(WIDE);
      mq.addEventListener("change", cb);
      return () => mq.removeEventListener("change", cb);
    },
    () => window.matchMedia(WIDE).matches,
    () => false,
  );
}

type TProps = { points: TMapPoint[]; center: { lat: number; lng: number }; radiusMiles: number; centerLabel: string; tiles: TTiles };

export function SearchMap(props: TProps) {
  const wide = useWide();
  const { view } = useSearchUi();
  const [, setState] = useSearchState();
  const onSearchArea = useCallback(
    (a: { lat: number; lng: number; radiusMiles: number }) => setState({ near: `${a.lat},${a.lng}`, radius: a.radiusMiles, page: 1 }),
    [setState],
  );
  if (!wide && view !== "map") return null;
  return <ResultsMap {...props} onSearchArea={onSearchArea} />;
}
