"use client";
// Leaflet's own control words (zoom buttons, the library credit) in the page's language; English keeps Leaflet's.
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { escapeHtml } from "@/components/map/map-types";

export type TMapControlsText = { zoomIn: string; zoomOut: string; mapLibrary: string };

export function MapControlsText({ text }: { text: TMapControlsText }) {
  const map = useMap();
  useEffect(() => {
    map.attributionControl?.setPrefix(`<a href="https://leafletjs.com" title="${escapeHtml(text.mapLibrary)}">Leaflet</a>`);
    const root = map.getContainer();
    for (const [selector, label] of [
      [".leaflet-control-zoom-in", text.zoomIn],
      [".leaflet-control-zoom-out", text.zoomOut],
    ] as const) {
      const button = root.querySelector(selector);
      button?.setAttribute("title", label);
      button?.setAttribute("aria-label", label);
    }
  }, [map, text]);
  return null;
}
