import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Geodata } from '../data/load_geodata.ts';
import type { Message } from '../data/message.ts';
import type { DatedLayer } from '../data/dated_layer.ts';
import type { StoredUserLayer } from './user_layer_store.ts';
import { dayOf, type Day } from '../data/dates.ts';
import type { Comparison } from './comparison.ts';
import type { Camera, MapView } from '../map/map_view.ts';
import type { Box } from '../data/meets_box.ts';
import { loadPreference } from './preferences.ts';
import type { OtherCalendar } from '../data/calendars.ts';
import { calendarList } from './permalink.ts';

/** Where the map stands: loading its chunk and data, drawn, impossible here, or failed. */
export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'error';

/** Play's step: a day, a week, a calendar month or a quarter (three calendar months). */
export type PlaySpeed = 'day' | 'week' | 'month' | 'quarter';

/** The point the user clicked or searched for: details and timeline are about it. */
export interface Selection {
  lngLat: [number, number];
  /** Ids of the point features (events, aid deliveries) drawn under the click: a point has no area to query. */
  points?: string[];
}

export interface AppState {
  mapStatus: Signal<MapStatus>;
  mapError: Signal<string | null>;
  geodata: Signal<Geodata | null>;
  modernBorders: Signal<boolean>;
  /** Layers switched on by the user. */
  visible: Signal<ReadonlySet<string>>;
  /** Layers shown whatever the date. */
  pinned: Signal<ReadonlySet<string>>;
  day: Signal<Day>;
  camera: Signal<Camera | null>;
  /** A camera the map should move to (set by excerpts and permalinks, consumed by the map). */
  flyTo: Signal<{ camera: Camera; animate: boolean } | null>;
  selection: Signal<Selection | null>;
  /** Quiet messages (e.g. what a bad link could not restore), said in the reader's language. */
  notice: Signal<Message[] | null>;
  playing: Signal<boolean>;
  /** Layers the user imported, by id, with their features dated. */
  userLayers: Signal<ReadonlyMap<string, StoredUserLayer & { dated: DatedLayer }>>;
  /** Imports a dropped file (set by the import panel, used by the map's drop zone). */
  importFile: Signal<((file: File) => void) | null>;
  /** What the UI may ask of the map beyond state: the view drawn at a handout's size. */
  mapView: Signal<Pick<MapView, 'drawnAt'> | null>;
  /** The box of longitude and latitude the map showed when it last settled (null until it has): the legend lists what is drawn in it. */
  viewBounds: Signal<Box | null>;
  /** The guided tour being played and its step (0-based), or null. */
  tour: Signal<{ id: string; step: number } | null>;
  /** The reader's own view when they started the tour, given back when they leave it. */
  beforeTour: Signal<{ day: Day; visible: ReadonlySet<string>; camera: Camera | null } | null>;
  /** Two layers being compared, or null for the main view. */
  compare: Signal<Comparison | null>;
  /** Large type for a projector: bigger text in the panels and on the map. */
  largeType: Signal<boolean>;
  /** `?embed=1`, for an iframe in a course page: the map and the date, the details and excerpts in a drawer. */
  embed: boolean;
  /** Whether the drawer is open: at phone width the layers and tools, in embed mode the details and excerpts. */
  drawerOpen: Signal<boolean>;
  /** How far the animation advances per tick. */
  speed: Signal<PlaySpeed>;
  /** The calendars the date is also shown in, beside the Gregorian one. */
  calendars: Signal<readonly OtherCalendar[]>;
  /** "Claims on this day": the map counts the parties claiming each place instead of drawing the layers. */
  claimsMode: Signal<boolean>;
  /** The supply routes the Aid panel marks on the map: those in use on the day, while it is open. */
  aidRoutes: Signal<readonly string[]>;
  /** The visible layers (the catalogue's, then the user's), in drawing order. */
  drawn: ReadonlySignal<string[]>;
}

/** Sevres, the day the explorer opens on. */
export const DEFAULT_DAY = dayOf('1920-08-10')!;

/** The app-wide state: signals and computeds, created once and handed down. */
export function createAppState(): AppState {
  const geodata = signal<Geodata | null>(null);
  const visible = signal<ReadonlySet<string>>(new Set());
  const userLayers = signal<AppState['userLayers']['value']>(new Map());
  return {
    mapStatus: signal<MapStatus>('loading'),
    mapError: signal<string | null>(null),
    geodata,
    modernBorders: signal(true),
    visible,
    pinned: signal<ReadonlySet<string>>(new Set()),
    day: signal(DEFAULT_DAY),
    camera: signal<Camera | null>(null),
    flyTo: signal(null),
    selection: signal<Selection | null>(null),
    notice: signal<Message[] | null>(null),
    playing: signal(false),
    compare: signal(null),
    tour: signal(null),
    beforeTour: signal(null),
    mapView: signal(null),
    viewBounds: signal(null),
    userLayers,
    importFile: signal(null),
    speed: signal<PlaySpeed>('week'),
    calendars: signal<readonly OtherCalendar[]>(calendarList(loadPreference('calendars') ?? '') ?? []),
    claimsMode: signal(false),
    largeType: signal(loadPreference('largeType') === 'on'),
    embed: new URLSearchParams(location.search).get('embed') === '1',
    drawerOpen: signal(false),
    aidRoutes: signal<readonly string[]>([]),
    drawn: computed(() => [...(geodata.value?.catalog.layers ?? []).map((l) => l.id), ...userLayers.value.keys()].filter((id) => visible.value.has(id))),
  };
}
