import { dayOf, formatDay, type Day } from '../data/dates.ts';
import type { Camera } from '../map/map_view.ts';
import { HELD_GROUND, type CompareMode, type Comparison } from './comparison.ts';
import { LANGUAGES, type Language } from '../data/contract.ts';
import type { Message } from '../data/message.ts';
import { OTHER_CALENDARS, type OtherCalendar } from '../data/calendars.ts';

const COMPARE_MODES: readonly CompareMode[] = ['swipe', 'split', 'overlay'];

/** What a permalink restores. */
export interface View {
  day: Day;
  layers: string[];
  /** Layers drawn whole whatever the date (pinned), a subset of `layers`. */
  pinned: string[];
  camera: Camera | null;
  /** The selected point, [lon, lat]. */
  selection: [number, number] | null;
  /** Two layers compared, and how. */
  compare: Comparison | null;
  /** A guided tour and its step (0-based; the link says step=1 for the first). */
  tour: { id: string; step: number } | null;
  /** The interface's language. */
  language: Language;
  /** The calendars shown beside the Gregorian date, in the order of OTHER_CALENDARS. */
  calendars: readonly OtherCalendar[];
  /** Whether the map counts the parties claiming each place ("Claims on this day"). */
  claims: boolean;
}

/** The slider's range: 1 January 1914 to 31 December 1923. */
export const FIRST_DAY = dayOf('1914-01-01')!;
export const LAST_DAY = dayOf('1923-12-31')!;

/** `#date=1920-08-10&layers=a,b&pin=b&map=5.20/39.100/35.000&at=38.420/27.140&cal=julian,rumi&claims=1&lang=tr` (pin: the shown layers drawn whole, only when there are some; map is zoom/lat/lon as on OSM; at is the selected point, lat/lon; cal only when a calendar is shown; claims only when the map counts claims). */
export function formatHash(view: View): string {
  const parts = [`date=${formatDay(view.day)}`, `layers=${view.layers.map(encodeURIComponent).join(',')}`];
  if (view.pinned.length) parts.push(`pin=${view.pinned.map(encodeURIComponent).join(',')}`);
  if (view.camera) parts.push(`map=${view.camera.zoom.toFixed(2)}/${view.camera.center[1].toFixed(3)}/${view.camera.center[0].toFixed(3)}`);
  if (view.compare) {
    const side = (layer: string, day: Day | null) => `${encodeURIComponent(layer)}${day === null ? '' : `@${formatDay(day)}`}`;
    parts.push(`compare=${side(view.compare.a, view.compare.on[0])},${side(view.compare.b, view.compare.on[1])},${view.compare.mode}`);
  }
  if (view.tour) parts.push(`tour=${encodeURIComponent(view.tour.id)}`, `step=${view.tour.step + 1}`);
  if (view.selection) parts.push(`at=${view.selection[1].toFixed(4)}/${view.selection[0].toFixed(4)}`);
  if (view.calendars.length) parts.push(`cal=${view.calendars.join(',')}`);
  if (view.claims) parts.push('claims=1');
  parts.push(`lang=${view.language}`);
  return `#${parts.join('&')}`;
}

/**
 * Reads a permalink. Each part that cannot be read falls back to the default and adds a
 * message to `problems`; nothing here throws.
 */
export function parseHash(hash: string, knownLayers: ReadonlySet<string>, defaults: View): { view: View; problems: Message[] } {
  const view: View = { ...defaults, layers: [...defaults.layers] };
  const problems: Message[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { view, problems: [{ key: 'link.unreadable' }] };
  }
  const date = params.get('date');
  if (date !== null) {
    const day = dayOf(date);
    if (day === null || day < FIRST_DAY || day > LAST_DAY) problems.push({ key: 'link.badDate', params: { date: date.slice(0, 20) } });
    else view.day = day;
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const ids = layers.split(',').filter((id) => id !== '');
    const unknown = ids.filter((id) => !knownLayers.has(id));
    if (unknown.length) problems.push({ key: 'link.unknownLayers', params: { count: unknown.length, layers: unknown.slice(0, 5).map((u) => u.slice(0, 40)).join(', ') } });
    view.layers = ids.filter((id) => knownLayers.has(id));
  }
  const pin = params.get('pin');
  if (pin !== null) {
    const ids = pin.split(',').filter((id) => id !== '');
    if (ids.every((id) => view.layers.includes(id))) view.pinned = view.layers.filter((id) => ids.includes(id));
    else problems.push({ key: 'link.badPinned', params: { layers: ids.filter((id) => !view.layers.includes(id)).slice(0, 5).map((u) => u.slice(0, 40)).join(', ') } });
  }
  const map = params.get('map');
  if (map !== null) {
    const [zoom, lat, lon] = map.split('/').map(Number);
    if ([zoom, lat, lon].every((v) => v !== undefined && Number.isFinite(v)) && zoom! >= 0 && zoom! <= 22 && Math.abs(lat!) <= 85 && Math.abs(lon!) <= 180) view.camera = { zoom: zoom!, center: [lon!, lat!] };
    else problems.push({ key: 'link.badCamera' });
  }
  const at = params.get('at');
  if (at !== null) {
    const [lat, lon] = at.split('/').map(Number);
    if (lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) view.selection = [lon, lat];
    else problems.push({ key: 'link.badSelection' });
  }
  const tour = params.get('tour');
  if (tour !== null) {
    const step = Number(params.get('step') ?? '1');
    if (/^[a-z0-9-]{1,80}$/.test(tour) && Number.isInteger(step) && step >= 1 && step <= 1000) view.tour = { id: tour, step: step - 1 };
    else problems.push({ key: 'link.badTour' });
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const [a, b, mode] = compare.split(',');
    const sideA = compareSide(a, knownLayers);
    const sideB = compareSide(b, knownLayers);
    if (sideA && sideB) view.compare = { a: sideA.layer, b: sideB.layer, mode: COMPARE_MODES.includes(mode as CompareMode) ? (mode as CompareMode) : 'swipe', on: [sideA.day, sideB.day] };
    else problems.push({ key: 'link.badCompare' });
  }
  const cal = params.get('cal');
  if (cal !== null) {
    const calendars = calendarList(cal);
    if (calendars) view.calendars = calendars;
    else problems.push({ key: 'link.badCalendars', params: { calendars: cal.slice(0, 40) } });
  }
  const claims = params.get('claims');
  if (claims !== null) {
    if (claims === '1' || claims === '0') view.claims = claims === '1';
    else problems.push({ key: 'link.badClaims' });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (LANGUAGES.includes(lang as Language)) view.language = lang as Language;
    else problems.push({ key: 'link.badLanguage', params: { language: lang.slice(0, 20) } });
  }
  return { view, problems };
}

/**
 * Calendars named in a link or a stored preference (`julian,rumi`, or empty for none), in the
 * order they are shown; null when any name is not one of them.
 */
export function calendarList(text: string): OtherCalendar[] | null {
  const names = text.split(',').filter((name) => name !== '');
  if (!names.every((name) => (OTHER_CALENDARS as readonly string[]).includes(name))) return null;
  return OTHER_CALENDARS.filter((calendar) => names.includes(calendar));
}

/** One side of `compare=`: a layer, whole, or on a day of the slider's range (`sevres-1920@1920-08-10`), or the ground held on a day (`held@1920-08-10`). */
function compareSide(text: string | undefined, knownLayers: ReadonlySet<string>): { layer: string; day: Day | null } | null {
  const [layer, date] = (text ?? '').split('@');
  if (!layer || !(knownLayers.has(layer) || layer === HELD_GROUND)) return null;
  if (date === undefined) return layer === HELD_GROUND ? null : { layer, day: null };
  const day = dayOf(date);
  return day !== null && day >= FIRST_DAY && day <= LAST_DAY ? { layer, day } : null;
}
