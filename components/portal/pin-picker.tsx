"use client";
// Where a location sits on the map: keep it, use the ZIP's centre, or drag a pin (or type the coordinates).
// The inputs work without the map (keyboard, screen readers, tiles offline); the map only moves the pin.
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";
import { useFieldId } from "@/components/portal/form-state";
import styles from "./portal.module.css";

type TProps = { lat: number; lng: number; tileUrl: string; idPrefix: string };

export function PinPicker({ lat, lng, tileUrl, idPrefix }: TProps) {
  const [source, setSource] = useState<"keep" | "zip" | "pin">("keep");
  const [point, setPoint] = useState({ lat, lng });
  const mapDiv = useRef<HTMLDivElement>(null);
  // Errors about the point (`point.lat`, …) link to this fieldset from the form's error summary.
  const fieldsetId = useFieldId("point");

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import("leaflet").then((L) => {
      if (disposed || !mapDiv.current) return;
      // No zoom buttons or attribution links inside the map: the map is hidden from assistive technology (the inputs
      // above do its job), so it must hold nothing focusable; the attribution is shown as text below it.
      const map = L.map(mapDiv.current, { keyboard: false, zoomControl: false, attributionControl: false }).setView([lat, lng], 15);
      L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(map);
      const marker = L.marker([lat, lng], {
        draggable: true,
        keyboard: false,
        icon: L.divIcon({
          className: "",
          html: '<div style="width:18px;height:18px;border-radius:50%;background:#b00020;border:3px solid #fff;box-shadow:0 0 0 2px #b00020"></div>',
          iconSize: [18, 18],
          iconAnchor: [9, 9],
        }),
      }).addTo(map);
      marker.on("dragend", () => {
        const p = marker.getLatLng();
        setPoint({ lat: Number(p.lat.toFixed(6)), lng: Number(p.lng.toFixed(6)) });
        setSource("pin");
      });
      // The map may start collapsed (zero size) inside the form's "Map point" part: once it is shown, Leaflet
      // measures again and centres the pin.
      const resized = new ResizeObserver(() => {
        map.invalidateSize();
        map.setView(marker.getLatLng(), map.getZoom(), { animate: false });
      });
      resized.observe(mapDiv.current);
      cleanup = () => {
        resized.disconnect();
        map.remove();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [lat, lng, tileUrl]);

  return (
    <fieldset className={styles.fieldset} id={fieldsetId}>
      <legend>Map point</legend>
      <label className={styles.inline}>
        <input type="radio" name="pointSource" value="keep" checked={source === "keep"} onChange={() => setSource("keep")} /> Keep the
        current point (a new ZIP code moves it to that ZIP&apos;s centre)
      </label>
      <label className={styles.inline}>
        <input type="radio" name="pointSource" value="zip" checked={source === "zip"} onChange={() => setSource("zip")} /> Use the centre of
        the ZIP code
      </label>
      <label className={styles.inline}>
        <input type="radio" name="pointSource" value="pin" checked={source === "pin"} onChange={() => setSource("pin")} /> Use this exact
        point (drag the pin, or type it):
      </label>
      <div className={styles.inline}>
        <label htmlFor={`${idPrefix}-lat`}>Latitude</label>
        <input
          id={`${idPrefix}-lat`}
          name="lat"
          inputMode="decimal"
          value={point.lat}
          onChange={(e) => {
            setPoint({ ...point, lat: Number(e.target.value) });
            setSource("pin");
          }}
        />
        <label htmlFor={`${idPrefix}-lng`}>Longitude</label>
        <input
          id={`${idPrefix}-lng`}
          name="lng"
          inputMode="decimal"
          value={point.lng}
          onChange={(e) => {
            setPoint({ ...point, lng: Number(e.target.value) });
            setSource("pin");
          }}
        />
      </div>
      <div ref={mapDiv} className={styles.pinMap} aria-hidden="true" />
      <small className={styles.muted}>Map data © OpenStreetMap contributors. Pinch or scroll to zoom.</small>
    </fieldset>
  );
}
