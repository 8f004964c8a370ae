import { signal } from '@preact/signals';
import { LANGUAGES, type Language } from '../data/contract.ts';
import type { Message } from '../data/message.ts';
import { loadPreference, savePreference } from './preferences.ts';
import en from './messages/en.json';

/** A catalog entry: a text with `{name}` slots, or one text per plural category (CLDR: one, few, many, other). */
type Entry = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type MessageKey = keyof typeof en;

export type Catalog = Record<string, Entry>;

/**
 * The interface's message catalogs, as far as they have been fetched; a test keeps them complete
 * and in step with the code. English comes with the code, as every language's fallback; Turkish
 * and Russian are chunks of their own, fetched when first spoken (a reader uses one, and the two
 * were 14 KB of the main chunk's 64, gzipped). The service worker keeps both for offline use.
 */
const catalogs: Partial<Record<Language, Catalog>> = { en };
const FETCH: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>> = {
  tr: () => import('./messages/tr.json'),
  ru: () => import('./messages/ru.json'),
};

/** A language's catalog, fetched the first time it is asked for. */
export async function catalog(lang: Language): Promise<Catalog> {
  return (catalogs[lang] ??= (await FETCH[lang as Exclude<Language, 'en'>]()).default);
}

/** Each language by its own name, as a reader looks for it in the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', tr: 'Türkçe', ru: 'Русский' };

/** English as written in Britain: day before month ("10 August 1920"), as the sources write it. */
const LOCALES: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR', ru: 'ru-RU' };

const PLURAL_RULES = Object.fromEntries(LANGUAGES.map((l) => [l, new Intl.PluralRules(LOCALES[l])])) as Record<Language, Intl.PluralRules>;

/** The language the interface speaks; every text read through `t` follows it. Set it through {@link setLanguage}, which fetches its catalog first. */
export const language = signal<Language>('en');

/** The BCP 47 locale of the interface's language, for dates and numbers. */
export function locale(): string {
  return LOCALES[language.value];
}

/**
 * The interface's text for `key` in the current language, with `{name}` slots filled from
 * `params`; a plural entry picks its form by `params.count`. A key missing from a catalog falls
 * back to English, and a key missing from English shows as itself (the catalog test fails first).
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return say({ key, ...(params ? { params } : {}) });
}

/** A message from the data code (a problem, a notice) in the current language. */
export function say(message: Message): string {
  const lang = language.value;
  const entry = catalogs[lang]?.[message.key] ?? catalogs.en![message.key];
  if (entry === undefined) return message.key;
  const params = message.params ?? {};
  const text = typeof entry === 'string' ? entry : (entry[PLURAL_RULES[lang].select(Number(params.count))] ?? entry.other ?? '');
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? formatValue(params[name]!) : slot));
}

/** Number formats by locale and digits: making one costs far more than using it (80 ms of the first render, made afresh per number). */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the current language writes it: 1,234 / 1.234 / 1 234. */
export function formatNumber(value: number, digits = 0): string {
  const key = `${locale()}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return format.format(value);
}

function formatValue(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value, Number.isInteger(value) ? 0 : 1) : value;
}

/**
 * The language to open in: the one a link names, else the one chosen here before, else the
 * first of the browser's languages that the explorer speaks, else English.
 */
export function initialLanguage(fromLink: string | null, browserLanguages: readonly string[]): Language {
  const stored = loadPreference('language');
  const known = (code: string | null) => LANGUAGES.find((l) => l === code?.toLowerCase().split('-')[0]);
  return known(fromLink) ?? known(stored) ?? browserLanguages.map(known).find((l) => l !== undefined) ?? 'en';
}

let languageAsked = 0;

/**
 * Switches the interface's language, once its catalog is in, and tells the document (for screen
 * readers and hyphenation). Of quick successive calls the last one wins, whichever catalog arrives
 * first. A catalog that cannot be fetched (a page older than the files served) leaves the language as it was.
 * Resolves to whether the interface now speaks `lang`.
 */
export async function setLanguage(lang: Language): Promise<boolean> {
  const asked = ++languageAsked;
  const fetched = await catalog(lang).then(
    () => true,
    () => false,
  );
  if (!fetched || asked !== languageAsked) return false;
  language.value = lang;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }
  return true;
}

/**
 * The reader's own choice (the language switch): used now and remembered for the next visit,
 * unless its catalog could not be fetched. A link's language is only used, so that a link in
 * Turkish does not change a Russian reader's choice.
 */
export async function chooseLanguage(lang: Language): Promise<boolean> {
  const spoken = await setLanguage(lang);
  if (spoken) savePreference('language', lang);
  return spoken;
}

/** MapLibre's own texts (control tooltips, the scale's units) by its ids, in the current language. */
export function mapUiStrings(): Record<string, string> {
  return {
    'Map.Title': t('map.title'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
    'ScaleControl.Kilometers': t('map.km'),
    'ScaleControl.Meters': t('map.m'),
  };
}
