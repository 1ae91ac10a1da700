// Shapes passed from server pages to the client maps, and HTML escaping for Leaflet's string-built icons.
import { ownValue } from "@/lib/security/own-key";

export type TMapPoint = {
  id: number;
  index: number;
  name: string;
  slug: string;
  clinic: string;
  address: string;
  distance: string;
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
export type TPlacePin = { lat: number; lng: number; label: string; approximate: boolean };
