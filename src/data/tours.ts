import type { SourceRef, Translations } from './contract.ts';
import { dayOf, type Day } from './dates.ts';

/** One step of a guided tour: what to read, and the date, layers and camera to show. */
export interface TourStep {
  title: string;
  text: string;
  translations?: Translations<'title' | 'text'>;
  excerpts: string[];
  day: Day;
  layers: string[];
  camera: { center: [number, number]; zoom: number };
  sources: SourceRef[];
}

export interface Tour {
  id: string;
  title: string;
  description: string;
  translations?: Translations<'title' | 'description'>;
  steps: TourStep[];
}

/**
 * Reads a tour file (geodata/tours/<id>.json). A step without a readable date, layers or
 * camera is refused with the tour named, so a teacher's typo is found, not silently skipped.
 *
 * @throws Error naming the tour and the step
 */
export function parseTour(json: unknown): Tour {
  const raw = json as { id?: unknown; title?: unknown; description?: unknown; translations?: unknown; steps?: unknown } | null;
  if (typeof raw?.id !== 'string' || typeof raw.title !== 'string' || !Array.isArray(raw.steps) || raw.steps.length === 0) throw new Error('A tour needs an id, a title and steps.');
  const steps = (raw.steps as Record<string, unknown>[]).map((s, i): TourStep => {
    const day = typeof s?.date === 'string' ? dayOf(s.date) : null;
    const camera = s?.camera as TourStep['camera'] | undefined;
    if (typeof s?.title !== 'string' || day === null || !Array.isArray(s.layers) || !Array.isArray(camera?.center) || !Number.isFinite(camera.zoom)) {
      throw new Error(`Tour "${raw.id}", step ${i + 1}: it needs a title, a date (YYYY-MM-DD), layers and a camera.`);
    }
    return {
      title: s.title,
      text: typeof s.text === 'string' ? s.text : '',
      ...translationsOf(s.translations),
      excerpts: Array.isArray(s.excerpts) ? s.excerpts.map(String) : [],
      day,
      layers: s.layers.map(String),
      camera: { center: [Number(camera.center[0]), Number(camera.center[1])], zoom: camera.zoom },
      sources: Array.isArray(s.sources) ? (s.sources as SourceRef[]) : [],
    };
  });
  return { id: raw.id, title: raw.title, description: typeof raw.description === 'string' ? raw.description : '', ...translationsOf(raw.translations), steps };
}

/** A tour's or step's `translations` object, when it has one; its texts are checked where they are shown. */
function translationsOf(value: unknown): { translations?: Translations<never> } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { translations: value as Translations<never> } : {};
}
