import type { Excerpt } from '../data/excerpts.ts';
import type { ChronologyEntry } from '../data/chronology.ts';
import { parsePartialDate } from '../data/dates.ts';
import type { Day } from '../data/dates.ts';
import type { AppState, Selection } from './app_state.ts';
import type { Geodata } from '../data/load_geodata.ts';
import type { Message } from '../data/message.ts';
import { FIRST_DAY, LAST_DAY, parseHash, type View } from './permalink.ts';
import { language, setLanguage } from './i18n.ts';
import { savePreference } from './preferences.ts';
import type { OtherCalendar } from '../data/calendars.ts';

/** Moves the slider, kept within 1914-1923. */
export function setDay(state: AppState, day: Day): void {
  state.day.value = Math.min(LAST_DAY, Math.max(FIRST_DAY, Math.round(day)));
}

/** Switches layers on or off (one, or a whole group). */
export function setLayersVisible(state: AppState, ids: string[], on: boolean): void {
  const next = new Set(state.visible.value);
  for (const id of ids) on ? next.add(id) : next.delete(id);
  state.visible.value = next;
}

/** Asks about a point (a click, Enter at the crosshair, a search); in an embed, opens the drawer its answer is in. */
export function select(state: AppState, selection: Selection): void {
  state.selection.value = selection;
  if (state.embed) state.drawerOpen.value = true;
}

/** Pins a layer so that it shows whatever the date, or unpins it. */
export function setPinned(state: AppState, id: string, pinned: boolean): void {
  const next = new Set(state.pinned.value);
  pinned ? next.add(id) : next.delete(id);
  state.pinned.value = next;
  if (pinned) setLayersVisible(state, [id], true);
}

/** Takes the reader to what an excerpt speaks of: its first date, its layers and its place. */
export function showExcerpt(state: AppState, excerpt: Excerpt, date: string): void {
  setDay(state, parsePartialDate(date)!.start);
  const known = excerpt.layers.filter((id) => state.geodata.value?.layers.has(id));
  if (known.length) setLayersVisible(state, known, true);
  state.flyTo.value = { camera: excerpt.camera, animate: true };
}

/** How close the map comes to an event chosen in the chronology (a region, not a street). */
const EVENT_ZOOM = 6;

/**
 * Takes the reader to an event: its first day on the slider, its layer on, the map centred on its
 * place (no farther out than the reader was, no closer than a region) and its card in the details.
 */
export function showEvent(state: AppState, entry: ChronologyEntry): void {
  setDay(state, entry.interval.start);
  setLayersVisible(state, [entry.layer], true);
  state.flyTo.value = { camera: { center: entry.lonLat, zoom: Math.max(EVENT_ZOOM, state.camera.peek()?.zoom ?? 0) }, animate: true };
  state.selection.value = { lngLat: entry.lonLat, points: [entry.properties.id] };
}

/**
 * The opening view's layers: one story, not every layer at once. On the day the state starts
 * with (10 August 1920) the reader sees what the Treaty of Sevres gave away over who actually held
 * the ground that day, with the events; every other layer is a click away (layer_panel.tsx).
 */
export function openingLayers(geodata: Geodata): string[] {
  return geodata.catalog.layers.filter((l) => l.group === 'control' || l.group === 'events' || l.id === 'sevres-1920').map((l) => l.id);
}

/**
 * Puts the loaded geodata in the state and shows the view a permalink's hash names; what it does
 * not name is the opening view ({@link openingLayers}, on the day the state starts with). Returns
 * what the hash got wrong.
 */
export function openGeodata(state: AppState, geodata: Geodata, hash: string): Message[] {
  state.geodata.value = geodata;
  const known = new Set(geodata.catalog.layers.map((l) => l.id));
  const defaults = { day: state.day.peek(), layers: openingLayers(geodata), pinned: [], camera: null, selection: null, compare: null, tour: null, language: language.peek(), calendars: state.calendars.peek(), claims: false };
  const { view, problems } = parseHash(hash, known, defaults);
  applyView(state, view);
  return problems;
}

/** Restores a view from a permalink. */
export function applyView(state: AppState, view: View): void {
  state.day.value = view.day;
  state.visible.value = new Set(view.layers);
  state.pinned.value = new Set(view.pinned);
  if (view.camera) {
    state.flyTo.value = { camera: view.camera, animate: false };
    // The address is written from state.camera, which the map sets only when it moves: the link's
    // camera stands for it until then (the map may not even exist yet). A link without one opens
    // the default view, whose camera depends on the screen (DEFAULT_BOUNDS), and its address leaves
    // map= out until the reader moves: opened again, it shows the default view, as it should.
    state.camera.value = view.camera;
  }
  state.selection.value = view.selection ? { lngLat: view.selection } : null;
  state.compare.value = view.compare;
  void setLanguage(view.language);
  state.calendars.value = view.calendars;
  state.claimsMode.value = view.claims;
  if (view.tour) goToTourStep(state, view.tour.id, view.tour.step);
}

/**
 * Shows a tour step: its date, its layers and its camera. An unknown tour or step is refused
 * with a notice and the view left as it was.
 */
export function goToTourStep(state: AppState, id: string, step: number): void {
  const tour = state.geodata.value?.tours.find((t) => t.id === id);
  const target = tour?.steps[step];
  if (!tour || !target) {
    state.notice.value = [tour ? { key: 'tour.noSuchStep', params: { tour: tour.id, step: step + 1 } } : { key: 'tour.noSuchTour', params: { tour: id.slice(0, 80) } }];
    return;
  }
  state.tour.value = { id, step };
  setDay(state, target.day);
  state.visible.value = new Set(target.layers.filter((l) => state.geodata.value?.layers.has(l)));
  state.flyTo.value = { camera: target.camera, animate: true };
}

/**
 * Starts a tour from its first step, keeping the reader's own date, layers and camera to give
 * back when they leave it, and closing the phone's drawer, which would cover the tour.
 */
export function startTour(state: AppState, id: string): void {
  state.beforeTour.value ??= { day: state.day.peek(), visible: state.visible.peek(), camera: state.camera.peek() };
  state.drawerOpen.value = false;
  goToTourStep(state, id, 0);
}

/** Leaves the tour and gives back the view the reader had before it (if they started it here, not from a link). */
export function leaveTour(state: AppState): void {
  const before = state.beforeTour.peek();
  state.tour.value = null;
  state.beforeTour.value = null;
  // Moving the camera also frees the room the tour's card kept on the map.
  const camera = before?.camera ?? state.camera.peek();
  if (camera) state.flyTo.value = { camera, animate: before !== null };
  if (!before) return;
  setDay(state, before.day);
  state.visible.value = before.visible;
}

/** Opens the comparison of two layers (Sevres and Lausanne first), closing the phone's drawer. */
export function openCompare(state: AppState): void {
  state.compare.value ??= { a: 'sevres-1920', b: 'lausanne-1923', mode: 'swipe', on: [null, null] };
  state.drawerOpen.value = false;
}

/** Switches large type (for a projector) on or off, and keeps the choice for the next visit. */
export function setLargeType(state: AppState, on: boolean): void {
  state.largeType.value = on;
  savePreference('largeType', on ? 'on' : 'off');
}

/**
 * Shows the date in these calendars beside the Gregorian one, and keeps the choice for the next
 * visit (a link's calendars are only used, as its language is).
 */
export function setCalendars(state: AppState, calendars: readonly OtherCalendar[]): void {
  state.calendars.value = calendars;
  savePreference('calendars', calendars.join(','));
}
