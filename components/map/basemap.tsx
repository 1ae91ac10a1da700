"use client";
// Offline basemap: US state outlines (us-atlas, Census boundaries) drawn under the tiles, so a map stays readable
// when tiles cannot load. The 115 KB topology loads in its own chunk, only with a map.
import { useEffect, useState } from "react";
import { GeoJSON, Pane } from "react-leaflet";
import type { FeatureCollection } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

let loading: Promise<FeatureCollection> | undefined;

function loadStates(): Promise<FeatureCollection> {
  loading ??= Promise.all([import("us-atlas/states-10m.json"), import("topojson-client")]).then(([atlas, topo]) => {
    const topology = (atlas.default ?? atlas) as unknown as Topology<{ states: GeometryCollection }>;
    return topo.feature(topology, topology.objects.states) as FeatureCollection;
  });
  return loading;
}

const STYLE = { color: "#7d8b99", weight: 1, fillColor: "#f8f6f0", fillOpacity: 1, opacity: 1 };

export function StatesBasemap() {
  const [states, setStates] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let alive = true;
    loadStates()
      .then((fc) => alive && setStates(fc))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return (
    <Pane name="basemap" style={{ zIndex: 150 }}>
      {states ? (
        <GeoJSON data={states} style={STYLE} interactive={false} attribution="State outlines: US Census Bureau (us-atlas)" />
      ) : null}
    </Pane>
  );
}
