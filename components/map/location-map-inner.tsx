"use client";
// Leaflet part of the small location map: the places, the offline state basemap, tiles when they load.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import { MapContainer, Marker, TileLayer, useMap } from "react-leaflet";
import { StatesBasemap } from "@/components/map/basemap";
import { MapControlsText, type TMapControlsText } from "@/components/map/map-controls-text";
import { escapeHtml, type TPlacePin, type TTiles } from "@/components/map/map-types";

const icon = (p: TPlacePin) =>
  L.divIcon({
    className: "map-pin",
    html: `<span class="map-pin__num map-pin__num--place" aria-hidden="true"></span><span class="sr-only">${escapeHtml(p.label)}${p.approximate ? escapeHtml(p.approximateNote ?? " (approximate position)") : ""}</span>`,
    iconSize: [34, 42],
    iconAnchor: [17, 42],
  });

function Fit({ places }: { places: TPlacePin[] }) {
  const map = useMap();
  useEffect(() => {
    if (places.length > 1)
      map.fitBounds(L.latLngBounds(places.map((p) => L.latLng(p.lat, p.lng))), { padding: [40, 40], maxZoom: 13, animate: false });
  }, [map, places]);
  return null;
}

/** Tiles, and when they fail, a zoom-out: a street-level view without tiles is an empty square. */
function Tiles({ tiles }: { tiles: TTiles }) {
  const map = useMap();
  const loaded = useRef(false);
  const [failed, setFailed] = useState(false);
  const onError = () => {
    if (map.getZoom() > OFFLINE_ZOOM) map.setZoom(OFFLINE_ZOOM, { animate: false });
    // Tiles that never loaded are dropped with their credit, so the attribution names only what is drawn.
    if (!loaded.current) setFailed(true);
  };
  if (failed) return null;
  return (
    <TileLayer
      url={tiles.url}
      attribution={tiles.attribution}
      eventHandlers={{ tileload: () => (loaded.current = true), tileerror: onError }}
    />
  );
}

const OFFLINE_ZOOM = 6;

type TProps = { places: TPlacePin[]; tiles: TTiles; controls?: TMapControlsText };

export default function LocationMapInner({ places, tiles, controls }: TProps) {
  const first = places[0];
  if (!first) return null;
  return (
    <MapContainer
      className="location-map__canvas"
      center={[first.lat, first.lng]}
      zoom={tiles.url ? 12 : OFFLINE_ZOOM}
      scrollWheelZoom={false}
      dragging={!L.Browser.mobile}
      minZoom={3}
    >
      <StatesBasemap />
      {controls ? <MapControlsText text={controls} /> : null}
      {tiles.url ? <Tiles tiles={tiles} /> : null}
      {places.map((p) => (
        <Marker
          key={`${p.lat},${p.lng},${p.label}`}
          position={[p.lat, p.lng]}
          icon={icon(p)}
          title={p.label}
          keyboard={false}
          interactive={false}
        />
      ))}
      <Fit places={places} />
    </MapContainer>
  );
}
