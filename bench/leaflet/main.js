// The Frontier Atlas data drawn the way a web developer would usually do it: plain Leaflet,
// no tile layer (the page works offline), three GeoJSON layers on Leaflet's SVG renderer and a
// range input that steps from one event day to the next. Each step restyles every territory by
// the party holding it on that day and shows the title of that day's event.
//
// The benchmark (bench/run.mjs) serves this page next to the atlas and measures both the same
// way, so the page marks `performance.mark("atlas-drawn")` once the map is first drawn.

'use strict';

// The overview of the atlas (atlas.json, view "overview"): 115–160° E, 40–56° N.
const OVERVIEW = L.latLngBounds([40, 115], [56, 160]);

// Context layers of base.geojson, drawn in muted colours under the territories.
const BASE_STYLE = {
  land: { color: '#b9b3a6', weight: 0.5, fillColor: '#f2efe8', fillOpacity: 1 },
  lake: { color: '#8fb3c9', weight: 0.5, fillColor: '#dde8ef', fillOpacity: 1 },
  river: { color: '#6f9fc0', weight: 1.2, fill: false },
  boundary: { color: '#8d8677', weight: 1, dashArray: '4 3', fill: false },
};

// Dates in the data are "1786", "1806-05" or "1855-02-07". A year or a month starts on its
// first day; as ISO strings, days then compare correctly with < and <=.
function dayOf(date) {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

// True while an interval {from, until} covers the day; `until` is exclusive and null means
// "still in force today".
function covers(interval, day) {
  return dayOf(interval.from) <= day && (interval.until == null || day < dayOf(interval.until));
}

async function loadJson(name) {
  const response = await fetch(`geodata/${name}`);
  if (!response.ok) throw new Error(`geodata/${name}: HTTP ${response.status}`);
  return response.json();
}

async function main() {
  const [atlas, eventsFile, base, territories, claims] = await Promise.all([
    loadJson('atlas.json'),
    loadJson('events.json'),
    loadJson('base.geojson'),
    loadJson('territories.geojson'),
    loadJson('claims.geojson'),
  ]);

  // events.json is an object holding the events beside its "$schema" (a bare array is read too).
  const events = Array.isArray(eventsFile) ? eventsFile : eventsFile.events;
  const parties = new Map(atlas.parties.map((party) => [party.id, party]));

  // One slider step per distinct event day, in order, with the events of each day.
  const eventsByDay = new Map();
  for (const event of events) {
    const day = dayOf(event.date);
    if (!eventsByDay.has(day)) eventsByDay.set(day, []);
    eventsByDay.get(day).push(event);
  }
  const days = [...eventsByDay.keys()].sort();

  // The look of a territory on a day: its holder's colours, lighter while occupied or
  // contested, and the "no holder recorded" colours before its record starts.
  function territoryStyle(feature, day) {
    const control = feature.properties.control.find((interval) => covers(interval, day));
    const look = (control && parties.get(control.party)) || atlas.unrecorded;
    return {
      fillColor: look.colour,
      fillOpacity: control && control.kind ? 0.55 : 0.85,
      color: look.edge,
      weight: 1,
      dashArray: control && control.kind === 'occupation' ? '4 3' : null,
    };
  }

  // A claim line or area is drawn only while it stands.
  function claimStyle(feature, day) {
    const props = feature.properties;
    const party = parties.get(props.party);
    const shown = covers(props, day);
    return {
      color: party ? party.line : '#3d3d3d',
      weight: 2,
      dashArray: props.kind === 'treaty-border' || props.kind === 'demarcation' ? null : '6 4',
      opacity: shown ? 1 : 0,
      fillOpacity: shown ? 0.12 : 0,
    };
  }

  const slider = document.querySelector('input[data-ui=date]');
  const title = document.getElementById('event-title');
  const dateLabel = document.getElementById('date-label');

  // The atlas opens on today; the nearest thing here is the last event day.
  let day = days[days.length - 1];

  const map = L.map('map', {
    renderer: L.svg(),
    zoomSnap: 0, // fit the overview exactly, as the atlas does, not to a whole zoom level
  });
  map.fitBounds(OVERVIEW);
  // The sources, credited as briefly as the atlas does (geodata/README.md has the full text).
  map.attributionControl.addAttribution('Natural Earth · DCW-GMT · GSHHG');

  L.geoJSON(base, {
    interactive: false,
    style: (feature) => BASE_STYLE[feature.properties.layer] || BASE_STYLE.land,
  }).addTo(map);

  const territoryLayer = L.geoJSON(territories, {
    style: (feature) => territoryStyle(feature, day),
    onEachFeature: (feature, layer) => layer.bindTooltip(feature.properties.names.en),
  }).addTo(map);

  const claimLayer = L.geoJSON(claims, {
    interactive: false,
    style: (feature) => claimStyle(feature, day),
  }).addTo(map);

  // The SVG renderer has drawn the layers synchronously; mark the frame that shows them,
  // as the atlas does.
  requestAnimationFrame(() => performance.mark('atlas-drawn'));

  // Names the day's event above the map and in the slider's spoken value.
  function describe() {
    const [first, ...others] = eventsByDay.get(day);
    title.textContent = others.length ? `${first.title} (+${others.length} more)` : first.title;
    dateLabel.textContent = first.date;
    slider.setAttribute('aria-valuetext', `${first.date}: ${first.title}`);
  }

  // Shows one event day: restyles every territory and claim, and names the day's event.
  function show(index) {
    day = days[index];
    territoryLayer.eachLayer((layer) => layer.setStyle(territoryStyle(layer.feature, day)));
    claimLayer.eachLayer((layer) => layer.setStyle(claimStyle(layer.feature, day)));
    describe();
  }

  slider.max = String(days.length - 1);
  slider.value = String(days.length - 1);
  slider.disabled = false;
  slider.addEventListener('input', () => show(Number(slider.value)));
  describe();
}

main().catch((error) => {
  document.getElementById('event-title').textContent = `The map could not be drawn: ${error.message}`;
  throw error;
});
