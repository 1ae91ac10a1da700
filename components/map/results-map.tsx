"use client";
// The search results map (Leaflet, client-only): numbered, clustered, keyboard-reachable markers for the listed
// doctors, the searched point and radius, an offline state basemap under the tiles, and "Search this area".
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Circle, MapContainer, Marker, Popup, TileLayer, useMap } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import { StatesBasemap } from "@/components/map/basemap";
import { escapeHtml, type TMapPoint, type TTiles } from "@/components/map/map-types";
import { setHighlight, subscribeHighlight, getHighlight } from "@/components/search/highlight-store";

const METERS_PER_MILE = 1609.344;
/** How many of the first results are always drawn as their own pins. */
const UNCLUSTERED = 10;
/** Pins closer than this (px) would cover each other: the lower-ranked one joins the clusters instead. */
const PIN_SPACING = 36;
/** Popups keep clear of the zoom control and "Search this area" (top) and of the attribution (bottom). */
const POPUP_PAD_TOP_LEFT: L.PointExpression = [60, 72];
const POPUP_PAD_BOTTOM_RIGHT: L.PointExpression = [16, 40];

type TProps = {
  points: TMapPoint[];
  center: { lat: number; lng: number };
  radiusMiles: number;
  centerLabel: string;
  tiles: TTiles;
  onSearchArea: (area: { lat: number; lng: number; radiusMiles: number }) => void;
};

function pinIcon(p: TMapPoint): L.DivIcon {
  return L.divIcon({
    className: "map-pin",
    html: `<span class="map-pin__num" aria-hidden="true">${p.index}</span><span class="sr-only">${escapeHtml(`${p.index}. ${p.name}, ${p.distance}. Show details`)}</span>`,
    iconSize: [34, 42],
    iconAnchor: [17, 42],
    popupAnchor: [0, -38],
  });
}

const searchIcon = (label: string) =>
  L.divIcon({
    className: "search-pin",
    html: `<span class="search-pin__dot" aria-hidden="true"></span><span class="sr-only">${escapeHtml(label)}</span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });

function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const n = cluster.getChildCount();
  return L.divIcon({
    className: "map-cluster",
    html: `<span class="map-cluster__count" data-count="${n}" aria-hidden="true">${n}</span><span class="sr-only">${n} doctors in this area. Select to zoom in.</span>`,
    iconSize: [42, 42],
  });
}

/** Fits the view to the results (and the searched point) whenever they change; marks those moves as ours. */
function FitAndWatch({
  points,
  center,
  onUserMove,
}: {
  points: TMapPoint[];
  center: { lat: number; lng: number };
  onUserMove: (moved: boolean) => void;
}) {
  const map = useMap();
  const ours = useRef(false);
  const key = `${center.lat},${center.lng}|${points.map((p) => p.id).join(",")}`;
  useEffect(() => {
    ours.current = true;
    onUserMove(false);
    const latlngs = [L.latLng(center.lat, center.lng), ...points.map((p) => L.latLng(p.lat, p.lng))];
    if (latlngs.length > 1) map.fitBounds(L.latLngBounds(latlngs), { padding: [36, 36], maxZoom: 13, animate: false });
    else map.setView([center.lat, center.lng], 10, { animate: false });
    // The fit's own moveend has fired synchronously (animate: false); later moves are the person's.
    const t = window.setTimeout(() => (ours.current = false), 50);
    return () => window.clearTimeout(t);
    // `key` stands for points and center, which are new arrays on every render; onUserMove is a state setter.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-fit only when the results or the searched point change
  }, [key, map]);
  useEffect(() => {
    const onMoveEnd = () => {
      if (!ours.current) onUserMove(true);
    };
    map.on("moveend", onMoveEnd);
    const ro = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    ro.observe(map.getContainer());
    return () => {
      map.off("moveend", onMoveEnd);
      ro.disconnect();
    };
  }, [map, onUserMove]);
  return null;
}

/** Chooses which of the first results are drawn as their own pins at the current zoom (no two overlapping). */
function PinLayout({ points, onChange }: { points: TMapPoint[]; onChange: (key: string) => void }) {
  const map = useMap();
  useEffect(() => {
    const compute = () => {
      const zoom = map.getZoom();
      const kept: L.Point[] = [];
      const ids: number[] = [];
      for (const p of points.slice(0, UNCLUSTERED)) {
        const at = map.project([p.lat, p.lng], zoom);
        if (kept.every((k) => k.distanceTo(at) >= PIN_SPACING)) {
          kept.push(at);
          ids.push(p.id);
        }
      }
      onChange(ids.join(","));
    };
    compute();
    map.on("zoomend", compute);
    return () => {
      map.off("zoomend", compute);
    };
  }, [map, points, onChange]);
  return null;
}

function AreaButton({ onSearchArea }: { onSearchArea: TProps["onSearchArea"] }) {
  const map = useMap();
  const search = () => {
    const c = map.getCenter();
    const b = map.getBounds();
    const toEdge = Math.min(c.distanceTo(L.latLng(b.getNorth(), c.lng)), c.distanceTo(L.latLng(c.lat, b.getEast())));
    const radiusMiles = Math.min(250, Math.max(1, Math.round(toEdge / METERS_PER_MILE)));
    onSearchArea({ lat: Number(c.lat.toFixed(4)), lng: Number(c.lng.toFixed(4)), radiusMiles });
  };
  return (
    <div
      className="map-area-button"
      // Leaflet would otherwise treat a press on the button as a click or drag on the map.
      ref={(el) => {
        if (el) L.DomEvent.disableClickPropagation(el);
      }}
    >
      <button type="button" className="button button--primary button--small" onClick={search}>
        Search this area
      </button>
    </div>
  );
}

/** One numbered pin with its popup. Opening the popup moves focus into it; closing it returns focus to the pin. */
type TMarkerProps = { p: TMapPoint; icon: L.DivIcon; markers: RefObject<Map<number, L.Marker>>; zIndexOffset: number };

function ResultMarker({ p, icon, markers, zIndexOffset }: TMarkerProps) {
  return (
    <Marker
      position={[p.lat, p.lng]}
      icon={icon}
      title={`${p.index}. ${p.name}`}
      zIndexOffset={zIndexOffset}
      ref={(m) => {
        if (m) markers.current.set(p.id, m);
        else markers.current.delete(p.id);
      }}
      eventHandlers={{
        mouseover: () => setHighlight({ id: p.id, from: "map" }),
        mouseout: () => setHighlight(null),
        add: (e) => {
          const el = (e.target as L.Marker).getElement();
          el?.setAttribute("data-marker-id", String(p.id));
          el?.addEventListener("focus", () => setHighlight({ id: p.id, from: "map" }));
          el?.addEventListener("blur", () => setHighlight(null));
        },
        popupopen: (e) => {
          // The content is rendered into the popup by React just after it opens.
          const focusLink = (tries: number) => {
            const link = e.popup.getElement()?.querySelector<HTMLElement>(".leaflet-popup-content a[href]");
            if (link) link.focus({ preventScroll: true });
            else if (tries > 0) window.requestAnimationFrame(() => focusLink(tries - 1));
          };
          focusLink(10);
        },
        popupclose: (e) => {
          const pin = (e.target as L.Marker).getElement();
          const popup = e.popup.getElement();
          // Only when focus was in the popup (or lost with it): a click elsewhere keeps its own focus.
          const active = document.activeElement;
          if (pin && (active === document.body || active === null || (popup && popup.contains(active)))) pin.focus({ preventScroll: true });
        },
      }}
    >
      <Popup autoPanPaddingTopLeft={POPUP_PAD_TOP_LEFT} autoPanPaddingBottomRight={POPUP_PAD_BOTTOM_RIGHT} keepInView>
        <p className="map-popup__name">
          <Link href={`/physicians/${p.slug}`}>{p.name}</Link>
        </p>
        <p className="map-popup__line">{p.clinic}</p>
        <p className="map-popup__line">{p.address}</p>
        <p className="map-popup__line map-popup__distance">{p.distance} away</p>
      </Popup>
    </Marker>
  );
}

export default function ResultsMap({ points, center, radiusMiles, centerLabel, tiles, onSearchArea }: TProps) {
  const markers = useRef(new Map<number, L.Marker>());
  const cluster = useRef<L.MarkerClusterGroup>(null);
  const [moved, setMoved] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const tilesLoaded = useRef(false);
  // The first results stay pins at every zoom (never hidden in a cluster), unless one would sit on a better-ranked
  // pin; the rest may cluster.
  const [pinnedKey, setPinnedKey] = useState("");
  const pinnedIds = new Set(pinnedKey.split(",").filter(Boolean).map(Number));
  const pinned = points.filter((p) => pinnedIds.has(p.id));
  const clustered = points.filter((p) => !pinnedIds.has(p.id));
  const icons = useMemo(() => new Map(points.map((p) => [p.id, pinIcon(p)])), [points]);
  const touch = typeof window !== "undefined" && L.Browser.mobile;

  useEffect(() => {
    // Mirrors the shared highlight onto the marker, or onto the cluster that currently holds it.
    let lit: HTMLElement | null = null;
    const paint = () => {
      lit?.classList.remove("is-active");
      lit = null;
      const h = getHighlight();
      const m = h ? markers.current.get(h.id) : undefined;
      if (!m) return;
      const shown = cluster.current?.getVisibleParent(m) ?? m;
      const el = (shown as L.Marker).getElement?.() ?? null;
      if (el) {
        el.classList.add("is-active");
        lit = el;
      }
    };
    const unsubscribe = subscribeHighlight(paint);
    return () => {
      unsubscribe();
      lit?.classList.remove("is-active");
    };
  }, []);

  return (
    <div className="results-map" role="region" aria-label="Map of the doctors in the list">
      <MapContainer
        className="results-map__canvas"
        center={[center.lat, center.lng]}
        zoom={10}
        minZoom={3}
        maxZoom={17}
        scrollWheelZoom={false}
        dragging={!touch}
        worldCopyJump
        attributionControl
      >
        <StatesBasemap />
        {tiles.url && !tilesFailed ? (
          <TileLayer
            url={tiles.url}
            attribution={tiles.attribution}
            maxZoom={19}
            eventHandlers={{
              tileload: () => (tilesLoaded.current = true),
              // Tiles that never loaded are dropped, and with them their credit: the attribution names what is drawn.
              tileerror: () => {
                if (!tilesLoaded.current) setTilesFailed(true);
              },
            }}
          />
        ) : null}
        <Circle
          center={[center.lat, center.lng]}
          radius={radiusMiles * METERS_PER_MILE}
          pathOptions={{ color: "#0b4f8a", weight: 1.5, dashArray: "6 6", fillColor: "#0b4f8a", fillOpacity: 0.04 }}
          interactive={false}
        />
        <Marker
          position={[center.lat, center.lng]}
          icon={searchIcon(centerLabel)}
          interactive={false}
          keyboard={false}
          // Above every pin and cluster: the searched point must stay visible.
          zIndexOffset={10_000}
        />
        {pinned.map((p) => (
          <ResultMarker
            key={p.id}
            p={p}
            icon={icons.get(p.id) ?? pinIcon(p)}
            markers={markers}
            zIndexOffset={(UNCLUSTERED - p.index) * 10 + 1000}
          />
        ))}
        <MarkerClusterGroup
          ref={cluster}
          iconCreateFunction={clusterIcon}
          showCoverageOnHover={false}
          maxClusterRadius={36}
          spiderfyOnMaxZoom
        >
          {clustered.map((p) => (
            <ResultMarker key={p.id} p={p} icon={icons.get(p.id) ?? pinIcon(p)} markers={markers} zIndexOffset={0} />
          ))}
        </MarkerClusterGroup>
        <FitAndWatch points={points} center={center} onUserMove={setMoved} />
        <PinLayout points={points} onChange={setPinnedKey} />
        {moved ? <AreaButton onSearchArea={onSearchArea} /> : null}
      </MapContainer>
      {touch ? <p className="results-map__hint">Pinch with two fingers to zoom; the page scrolls as usual.</p> : null}
    </div>
  );
}
