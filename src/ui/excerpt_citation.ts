import type { Excerpt } from '../data/excerpts.ts';
import { t } from './i18n.ts';

/** The seed articles by their authors, as a citation names them. */
const SEED_AUTHORS: Record<string, string> = { xoshgedem: 'Xoshgedem', 'korkmaz-2018': 'Korkmaz (2018)' };

/** "Xoshgedem, 1. Introduction; also in Korkmaz (2018), Conclusion": every article the passage appears in. */
export function excerptCitation(excerpt: Pick<Excerpt, 'sources'>): string {
  return excerpt.sources.map((s) => `${SEED_AUTHORS[s.id] ?? s.id}, ${s.locator}`).join(t('excerpts.alsoIn'));
}
