import type { Catalog } from '../data/catalog.ts';
import type { Translations, Vocabulary, VocabularyTerm } from '../data/contract.ts';
import { TWO_GOVERNMENTS_FROM } from '../data/powers.ts';
import { language, t } from './i18n.ts';

/**
 * A catalogue text (a layer's or tour's title, a step's text) in the interface's language: the
 * entry's translation where it has one, else its English. Only strings are taken, so a broken
 * or hostile catalogue falls back instead of showing an object.
 */
export function localized<Field extends string>(entry: { translations?: Translations<Field> } & { [F in Field]: string }, field: Field): string {
  const lang = language.value;
  const translated = lang === 'en' ? undefined : entry.translations?.[lang]?.[field];
  return typeof translated === 'string' && translated !== '' ? translated : entry[field];
}

/** A term of a closed vocabulary (a power, a kind of control, a group) in the interface's language, else English, else its code. */
export function term(vocabulary: Vocabulary, kind: VocabularyTerm, code: string): string {
  const names = Object.hasOwn(vocabulary[kind], code) ? vocabulary[kind][code] : undefined;
  return names?.[language.value] ?? names?.en ?? code;
}

/** A power's name on a day: the Ottoman power reads as the Istanbul government from the day two governments contested Anatolia, as the Ottoman Empire before it. */
export function powerTerm(vocabulary: Vocabulary, code: string, day: number): string {
  return code === 'OTT' && day >= TWO_GOVERNMENTS_FROM ? t('power.ottIstanbul') : term(vocabulary, 'power', code);
}

/** A catalogue layer's title in the interface's language, or its id when the catalogue does not list it. */
export function layerTitle(catalog: Catalog, id: string): string {
  const layer = catalog.layers.find((l) => l.id === id);
  return layer ? localized(layer, 'title') : id;
}
