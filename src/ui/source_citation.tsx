import type { CslItem, SourceRef } from '../data/contract.ts';
import { originalDate } from './date_format.ts';
import { t } from './i18n.ts';

/** A source with its locator, linked where the bibliography gives an address. */
export function SourceCitation({ source, bibliography }: { source: SourceRef; bibliography: Map<string, CslItem> }) {
  const item = bibliography.get(source.id);
  const title = item?.title ?? source.id;
  const url = typeof item?.URL === 'string' && /^https?:\/\//.test(item.URL) ? item.URL : null;
  return (
    <li>
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">{title}</a>
      ) : (
        title
      )}
      {source.locator ? `, ${source.locator}` : ''}
      {item?.original_date ? ` (${t('source.dated', { original: originalDate(item.original_date) })})` : ''}
    </li>
  );
}
