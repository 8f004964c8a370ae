import type { CslItem } from '../data/contract.ts';
import type { Excerpt } from '../data/excerpts.ts';
import { t } from './i18n.ts';

/**
 * 'Korkmaz (2018), "Mustafa Kemal and Turkey in the Correspondences of Soviet Bureaucrats
 * (1918-1922)", Introduction; also in Xoshgedem (n.d.), ...': author, year, title and section of
 * every article the passage appears in, from the bibliography.
 */
export function excerptCitation(excerpt: Pick<Excerpt, 'sources'>, bibliography: Map<string, CslItem>): string {
  return excerpt.sources
    .map(({ id, locator }) => {
      const item = bibliography.get(id);
      if (!item) return `${id}, ${locator}`;
      const author = cslAuthor(item) ?? item.title;
      const year = cslYear(item) ?? t('excerpts.noDate');
      return `${author} (${year}), “${item.title}”, ${locator}`;
    })
    .join(t('excerpts.alsoIn'));
}

/** A CSL item's authors' family (or institutional) names, or undefined where it names none. */
export function cslAuthor(item: CslItem): string | undefined {
  return (item.author as { family?: string; literal?: string }[] | undefined)?.map((a) => a.family ?? a.literal).join(', ');
}

/** The year a CSL item was issued, or undefined where it has no date. */
export function cslYear(item: CslItem): number | undefined {
  return (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
}
