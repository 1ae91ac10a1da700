"use client";
// Offline basemap, drawn under the tiles so a map stays readable when tiles cannot load: water (the map's own
// background), US state outlines, county lines once zoomed in (us-atlas, US Census Bureau boundaries) and major
// city labels from the local ZIP data. Each layer carries the attribution of what it draws. The topologies load in
// their own chunks, only with a map (counties, 820 KB, only when zoomed in far enough to need them).
import L from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { GeoJSON, Marker, Pane, useMap, useMapEvents } from "react-leaflet";
import type { FeatureCollection } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import CITIES from "@/components/map/major-cities.json";

export const BASEMAP_ATTRIBUTION = {
  states: "State lines: US Census Bureau (us-atlas)",
  counties: "County lines: US Census Bureau (us-atlas)",
  cities: "Place names: ZIP code data (zipcodes)",
};

let states: Promise<FeatureCollection> | undefined;
let counties: Promise<FeatureCollection> | undefined;

function loadStates(): Promise<FeatureCollection> {
  states ??= Promise.all([import("us-atlas/states-10m.json"), import("topojson-client")]).then(([atlas, topo]) => {
    const topology = (atlas.default ?? atlas) as unknown as Topology<{ states: GeometryCollection }>;
    return topo.feature(topology, topology.objects.states) as FeatureCollection;
  });
  return states;
}

function loadCounties(): Promise<FeatureCollection> {
  counties ??= Promise.all([import("us-atlas/counties-10m.json"), import("topojson-client")]).then(([atlas, topo]) => {
    const topology = (atlas.default ?? atlas) as unknown as Topology<{ counties: GeometryCollection }>;
    return topo.mesh(topology, topology.objects.counties, (a, b) => a !== b) as unknown as FeatureCollection;
  });
  return counties;
}

const STATE_STYLE = { color: "#7d8b99", weight: 1.2, fillColor: "#f8f6f0", fillOpacity: 1, opacity: 1 };
const COUNTY_STYLE = { color: "#b9c2cc", weight: 0.6, fill: false, opacity: 1 };
/** Counties from this zoom on: below it they are a grey smudge. */
const COUNTY_ZOOM = 7;

/** How many of the largest places get a label at a zoom (more as the map zooms in). */
const labelsAt = (zoom: number) => (zoom <= 4 ? 12 : zoom === 5 ? 30 : zoom === 6 ? 70 : zoom === 7 ? 140 : CITIES.length);

type TCity = [string, number, number, number];

function useLoaded(load: () => Promise<FeatureCollection>, when: boolean): FeatureCollection | null {
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    if (!when || data) return;
    let alive = true;
    load()
      .then((fc) => alive && setData(fc))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [load, when, data]);
  return data;
}

export function StatesBasemap({ labels = true }: { labels?: boolean }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const stateShapes = useLoaded(loadStates, true);
  const countyLines = useLoaded(loadCounties, zoom >= COUNTY_ZOOM);
  const cityIcons = useMemo(
    () =>
      new Map(
        (CITIES as TCity[]).map(([name]) => [
          name,
          L.divIcon({ className: "map-city", html: `<span aria-hidden="true">${name.replace(/,.*$/, "")}</span>`, iconSize: [0, 0] }),
        ]),
      ),
    [],
  );
  const shown = labels ? (CITIES as TCity[]).filter((c) => c[3] < labelsAt(zoom)) : [];
  return (
    <>
      <Pane name="basemap" style={{ zIndex: 150 }}>
        {stateShapes ? (
          <GeoJSON data={stateShapes} style={STATE_STYLE} interactive={false} attribution={BASEMAP_ATTRIBUTION.states} />
        ) : null}
        {countyLines && zoom >= COUNTY_ZOOM ? (
          <GeoJSON data={countyLines} style={COUNTY_STYLE} interactive={false} attribution={BASEMAP_ATTRIBUTION.counties} />
        ) : null}
      </Pane>
      {/* Under the tiles (pane 200): labels show only where tiles did not load, and never cover a marker. */}
      <Pane name="basemap-labels" style={{ zIndex: 160, pointerEvents: "none" }}>
        {shown.map(([name, lat, lng], i) => (
          <Marker
            key={name}
            position={[lat, lng]}
            icon={cityIcons.get(name) as L.DivIcon}
            pane="basemap-labels"
            interactive={false}
            keyboard={false}
            // One attribution for the whole label layer, carried by its first label.
            attribution={i === 0 ? BASEMAP_ATTRIBUTION.cities : undefined}
          />
        ))}
      </Pane>
    </>
  );
}
