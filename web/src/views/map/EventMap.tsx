/** The Leaflet map itself: basemap, shaded provinces, and points clustered anew at every zoom. */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { navigate } from '../../app/router.js';
import { formatDate, typeLabel } from '../../lib/format.js';
import { loadAdmin1, loadCountries } from '../../lib/geo/basemap.js';
import { clusterPoints } from '../../lib/geo/cluster.js';
import { type AreaCount, type MapPoint, normaliseAdmin1 } from '../../lib/geo/split-places.js';

const POPUP_LIMIT = 12;

function popupFor(points: MapPoint[]): HTMLElement {
  // Built from DOM text nodes: event fields come from documents and must never be parsed as HTML.
  const box = document.createElement('div');
  const head = document.createElement('strong');
  head.textContent = `${points.length} event${points.length === 1 ? '' : 's'}`;
  box.append(head);
  const list = document.createElement('ul');
  list.className = 'popup-list';
  for (const p of points.slice(0, POPUP_LIMIT)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `/events/${encodeURIComponent(p.id)}`;
    a.textContent = `${formatDate(p.event.date)} · ${typeLabel(p.event.type)} · ${p.event.place?.name ?? ''}`;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      navigate(a.pathname);
    });
    li.append(a);
    list.append(li);
  }
  box.append(list);
  if (points.length > POPUP_LIMIT) box.append(`… and ${points.length - POPUP_LIMIT} more: zoom in`);
  return box;
}

export function EventMap({ points, areas }: { points: MapPoint[]; areas: AreaCount[] }) {
  const boxRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const map = L.map(box, { preferCanvas: true, worldCopyJump: true, attributionControl: true });
    map.attributionControl.setPrefix(false).addAttribution('Borders: Natural Earth');
    const renderer = L.canvas();
    const clusters = L.layerGroup().addTo(map);
    let live = true;

    void loadCountries().then((world) => {
      if (!live) return;
      L.geoJSON(world, {
        style: { color: '#8a97a8', weight: 0.8, fillColor: '#f3f1ea', fillOpacity: 1 },
        interactive: false,
      })
        .addTo(map)
        .bringToBack();
    });
    void loadAdmin1().then((shapes) => {
      if (!live || !shapes || areas.length === 0) return;
      const counts = new Map(areas.map((a) => [normaliseAdmin1(a.admin1), a]));
      const max = Math.max(...areas.map((a) => a.events.length));
      // A shape carries its Natural Earth name plus alternative spellings (ours included) in `alt`.
      const areaOf = (f: { properties: { name: string; alt?: string } }) =>
        [f.properties.name, ...(f.properties.alt ?? '').split('|')]
          .map((n) => counts.get(normaliseAdmin1(n)))
          .find((a) => a !== undefined);
      L.geoJSON(shapes, {
        filter: (f) => areaOf(f) !== undefined,
        style: (f) => {
          const n = (f && areaOf(f))?.events.length ?? 0;
          return { color: '#b45309', weight: 1, fillColor: '#f59e0b', fillOpacity: 0.15 + 0.5 * (n / max) };
        },
        onEachFeature: (f, layer) => {
          const area = areaOf(f);
          if (area) layer.bindPopup(() => popupFor(area.events.map((e) => ({ id: e.id, lat: 0, lon: 0, event: e }))));
        },
      }).addTo(map);
    });

    const draw = () => {
      clusters.clearLayers();
      const zoom = map.getZoom();
      for (const c of clusterPoints(points, (lat, lon) => map.project([lat, lon], zoom), 56)) {
        const n = c.members.length;
        const marker =
          n === 1
            ? L.circleMarker([c.lat, c.lon], {
                renderer,
                radius: 6,
                color: '#fff',
                weight: 1.5,
                fillColor: '#d9480f',
                fillOpacity: 0.9,
              })
            : L.marker([c.lat, c.lon], {
                icon: L.divIcon({
                  className: 'cluster-icon',
                  html: `<span>${n}</span>`,
                  iconSize: [28 + Math.min(24, Math.log2(n) * 3), 28 + Math.min(24, Math.log2(n) * 3)],
                }),
                keyboard: true,
                title: `${n} events`,
              });
        marker.bindPopup(() => popupFor(c.members));
        if (n > 1 && zoom < 12) marker.on('dblclick', () => map.setView([c.lat, c.lon], zoom + 2));
        marker.addTo(clusters);
      }
    };
    const bounds = points.length
      ? L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.15)
      : L.latLngBounds([23, 60], [38, 75]);
    map.fitBounds(bounds, { maxZoom: 9 });
    map.on('zoomend', draw);
    draw();
    return () => {
      live = false;
      map.remove();
    };
  }, [points, areas]);
  return <section ref={boxRef} className="map-box" aria-label="Map of events" data-testid="event-map" />;
}
