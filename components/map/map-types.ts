// Shapes passed from server pages to the client maps, and HTML escaping for Leaflet's string-built icons.
import { ownValue } from "@/lib/security/own-key";

export type TMapPoint = {
  id: number;
  index: number;
  name: string;
  slug: string;
  clinic: string;
  address: string;
  /** "2.1 mi" / "a 2,1 millas" (pins' spoken label) and "2.1 mi away" / "a 2,1 millas" (popups). */
  distance: string;
  distanceAway: string;
  lat: number;
  lng: number;
};

/** Tile source from the server's configuration; an empty url means no tiles (basemap only). */
export type TTiles = { url: string; attribution: string };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ownValue(ESCAPES, c) ?? c);
}

/** A place on a small location map. */
export type TPlacePin = {
  lat: number;
  lng: number;
  label: string;
  approximate: boolean;
  /** Said after the label of an approximate pin, in the page's language (English by default). */
  approximateNote?: string;
};
