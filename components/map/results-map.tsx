"use client";
// The search results map (Leaflet, client-only): numbered, keyboard-reachable pins (never clustered: pins that would
// cover each other are set apart) for the listed
// doctors, the searched point and radius, an offline state basemap under the tiles, and "Search this area".
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Circle, MapContainer, Marker, Popup, TileLayer, useMap } from "react-leaflet";
import { StatesBasemap } from "@/components/map/basemap";
import { MapControlsText } from "@/components/map/map-controls-text";
import { escapeHtml, type TMapPoint, type TTiles } from "@/components/map/map-types";
import { setHighlight, subscribeHighlight, getHighlight } from "@/components/search/highlight-store";
import { useSearchText } from "@/components/search/search-text";

const METERS_PER_MILE = 1609.344;
/** From a pin's point (the tip of its tail) up to the centre of its head, in px (see pinIcon). */
const PIN_HEAD = 25;
/** Pins closer than this (px) would cover each other (and be too small a target). */
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

/** `shift`: how far (px) the pin is drawn beside its point so it does not cover a better-ranked pin. */
function pinIcon(p: TMapPoint, showDetails: string, shift: [number, number] = [0, 0]): L.DivIcon {
  return L.divIcon({
    className: "map-pin",
    html: `<span class="map-pin__num" aria-hidden="true">${p.index}</span><span class="sr-only">${escapeHtml(`${p.index}. ${p.name}, ${p.distance}. ${showDetails}`)}</span>`,
    iconSize: [34, 42],
    iconAnchor: [17 - shift[0], 42 - shift[1]],
    popupAnchor: [shift[0], shift[1] - 38],
  });
}

const searchIcon = (label: string) =>
  L.divIcon({
    className: "search-pin",
    html: `<span class="search-pin__dot" aria-hidden="true"></span><span class="sr-only">${escapeHtml(label)}</span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });

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

/** Ring offsets (px) tried in turn for a pin that would cover an earlier one: beside it first, then further out. */
const RINGS: Array<[number, number]> = [[0, 0]];
for (let ring = 1; ring <= 4; ring++) {
  const n = 6 * ring;
  for (let k = 0; k < n; k++) {
    const a = (2 * Math.PI * k) / n - Math.PI / 2;
    RINGS.push([Math.round(Math.cos(a) * PIN_SPACING * ring), Math.round(Math.sin(a) * PIN_SPACING * ring)]);
  }
}

/**
 * Lays the pins out at the current zoom, in list order: each stays on its point unless that would cover the searched
 * point or an earlier (better-ranked) pin, then it is drawn on the nearest free spot of a ring around its point. So no
 * pin (and not the searched point) is ever hidden or overlapped. Reports "id:dx,dy;…".
 */
function PinLayout({
  points,
  center,
  onChange,
}: {
  points: TMapPoint[];
  center: { lat: number; lng: number };
  onChange: (key: string) => void;
}) {
  const map = useMap();
  useEffect(() => {
    const compute = () => {
      const zoom = map.getZoom();
      // The searched point is placed first: no pin may cover it (nor it a pin).
      const placed: L.Point[] = [map.project([center.lat, center.lng], zoom)];
      const out: string[] = [];
      for (const p of points) {
        // Where the pin's round head is drawn: PIN_HEAD px above the point its tail marks.
        const at = map.project([p.lat, p.lng], zoom).subtract([0, PIN_HEAD]);
        const free =
          RINGS.find(([dx, dy]) => placed.every((q) => q.distanceTo(L.point(at.x + dx, at.y + dy)) >= PIN_SPACING)) ??
          (RINGS[RINGS.length - 1] as [number, number]);
        placed.push(L.point(at.x + free[0], at.y + free[1]));
        out.push(`${p.id}:${free[0]},${free[1]}`);
      }
      onChange(out.join(";"));
    };
    compute();
    map.on("zoomend", compute);
    return () => {
      map.off("zoomend", compute);
    };
  }, [map, points, center.lat, center.lng, onChange]);
  return null;
}

function AreaButton({ onSearchArea, label }: { onSearchArea: TProps["onSearchArea"]; label: string }) {
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
        {label}
      </button>
    </div>
  );
}

/**
 * While a popup is open, pins it (or a map control) covers cannot be reached by pointer, so they leave the tab
 * order and the accessibility tree (`inert`) until it closes: otherwise a half-covered pin is a target too small to
 * use (WCAG 2.5.8).
 */
function markCoveredPins(markers: Map<number, L.Marker>, own: L.Marker, popup: HTMLElement | undefined): void {
  const container = popup?.closest(".results-map");
  const covers = [popup, ...(container?.querySelectorAll<HTMLElement>(".leaflet-control, .map-area-button, .results-map__hint") ?? [])]
    .filter((el): el is HTMLElement => !!el)
    .map((el) => el.getBoundingClientRect());
  for (const m of markers.values()) {
    const el = m.getElement();
    if (!el || m === own) continue;
    const r = el.getBoundingClientRect();
    const covered = covers.some((b) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom);
    el.toggleAttribute("inert", covered);
  }
}

function releasePins(markers: Map<number, L.Marker>): void {
  for (const m of markers.values()) m.getElement()?.removeAttribute("inert");
}

/** One numbered pin with its popup. Opening the popup moves focus into it; closing it returns focus to the pin. */
type TMarkerProps = { p: TMapPoint; icon: L.DivIcon; markers: RefObject<Map<number, L.Marker>>; zIndexOffset: number };

function ResultMarker({ p, icon, markers, zIndexOffset }: TMarkerProps) {
  const map = useMap();
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
          // Covered pins are worked out once the popup has its content, and again after every move (auto-pan).
          const own = e.target as L.Marker;
          const cover = () => {
            if (e.popup.isOpen()) markCoveredPins(markers.current, own, e.popup.getElement());
          };
          const focusLink = (tries: number) => {
            const link = e.popup.getElement()?.querySelector<HTMLElement>(".leaflet-popup-content a[href]");
            if (link) {
              link.focus({ preventScroll: true });
              cover();
            } else if (tries > 0) window.requestAnimationFrame(() => focusLink(tries - 1));
          };
          focusLink(10);
          // After a move "Search this area" appears: measure once it has rendered.
          const afterMove = () => window.requestAnimationFrame(() => window.requestAnimationFrame(cover));
          map.on("moveend", afterMove);
          e.popup.once("remove", () => map.off("moveend", afterMove));
          // Escape closes the popup from inside it too (Leaflet listens only while the map itself has focus).
          const el = e.popup.getElement();
          if (el && !el.dataset.escape) {
            el.dataset.escape = "1";
            el.addEventListener("keydown", (ev) => {
              if (ev.key === "Escape") (e.target as L.Marker).closePopup();
            });
          }
        },
        popupclose: (e) => {
          releasePins(markers.current);
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
        <p className="map-popup__line map-popup__distance">{p.distanceAway}</p>
      </Popup>
    </Marker>
  );
}

export default function ResultsMap({ points, center, radiusMiles, centerLabel, tiles, onSearchArea }: TProps) {
  const { text, site } = useSearchText();
  const markers = useRef(new Map<number, L.Marker>());
  const [moved, setMoved] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const tilesLoaded = useRef(false);
  const [layout, setLayout] = useState("");
  const icons = useMemo(() => {
    const shifts = new Map(
      layout
        .split(";")
        .filter(Boolean)
        .map((e) => {
          const [id, xy] = e.split(":");
          const [dx, dy] = (xy ?? "0,0").split(",").map(Number);
          return [Number(id), [dx ?? 0, dy ?? 0] as [number, number]];
        }),
    );
    return new Map(points.map((p) => [p.id, pinIcon(p, text.showDetails, shifts.get(p.id))]));
  }, [points, layout, text.showDetails]);
  const touch = typeof window !== "undefined" && L.Browser.mobile;

  useEffect(() => {
    // Mirrors the shared highlight onto the marker.
    let lit: HTMLElement | null = null;
    const paint = () => {
      lit?.classList.remove("is-active");
      lit = null;
      const h = getHighlight();
      const m = h ? markers.current.get(h.id) : undefined;
      if (!m) return;
      const el = m.getElement() ?? null;
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
    <div className="results-map" role="region" aria-label={text.mapLabel}>
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
        {site.lang !== "en" ? <MapControlsText text={text} /> : null}
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
          // Above every pin: the searched point must stay visible.
          zIndexOffset={100_000}
        />
        {points.map((p, i) => (
          <ResultMarker
            key={p.id}
            p={p}
            icon={icons.get(p.id) ?? pinIcon(p, text.showDetails)}
            markers={markers}
            // Better-ranked pins draw on top.
            zIndexOffset={(points.length - i) * 1000}
          />
        ))}
        <FitAndWatch points={points} center={center} onUserMove={setMoved} />
        <PinLayout points={points} center={center} onChange={setLayout} />
        {moved ? <AreaButton onSearchArea={onSearchArea} label={text.searchArea} /> : null}
      </MapContainer>
      {touch ? <p className="results-map__hint">{text.pinch}</p> : null}
    </div>
  );
}
