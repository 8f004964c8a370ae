import type { Language } from './contract.ts';

/** A feature's name as shown to a reader, with the language it is written in (for the `lang` attribute). */
export interface ShownName {
  text: string;
  lang: Language;
}

/**
 * A feature's name in a reader's language: its `name:tr` or `name:ru` where it has one (an
 * event's name, or the gloss of a name written as English prose), else its English `name`,
 * which is then either a proper name or a name nobody has glossed yet. Only a non-empty string
 * is taken, so an imported or broken feature falls back instead of showing an object.
 *
 * @example
 * featureName({ name: 'Ottoman Empire: ground its army held', 'name:tr': 'Osmanlı Devleti: ordusunun tuttuğu topraklar' }, 'tr');
 * // { text: 'Osmanlı Devleti: ordusunun tuttuğu topraklar', lang: 'tr' }
 */
export function featureName(p: { name: string; 'name:tr'?: unknown; 'name:ru'?: unknown }, language: Language): ShownName {
  const translated = language === 'en' ? undefined : p[`name:${language}`];
  return typeof translated === 'string' && translated !== '' ? { text: translated, lang: language } : { text: p.name, lang: 'en' };
}
