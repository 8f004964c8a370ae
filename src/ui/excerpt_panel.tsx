import { nearestDate, relevantExcerpts } from '../data/excerpts.ts';
import { originalDateMatch } from '../data/original_date.ts';
import type { AppState } from './app_state.ts';
import { showExcerpt } from './app_actions.ts';
import { originalDate, partialDate } from './date_format.ts';
import { SourceCitation } from './source_citation.tsx';
import { language, t } from './i18n.ts';
import { excerptCitation } from './excerpt_citation.ts';

/**
 * Verbatim excerpts from the seed articles relevant to the date and the visible layers. A card
 * names every article the passage appears in, and says where the passage disagrees with the
 * treaty record. Clicking a card moves the slider and the map to what it describes.
 */
export function ExcerptPanel({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  if (!geodata) return null;
  const excerpts = relevantExcerpts(geodata.excerpts, state.day.value, state.visible.value, 8);
  return (
    <section class="excerpts" aria-labelledby="excerpts-heading">
      <h2 id="excerpts-heading">{t('excerpts.heading')}</h2>
      {language.value !== 'en' && <p class="muted">{t('excerpts.original')}</p>}
      {excerpts.map((e) => ({ e, date: nearestDate(e, state.day.value) })).map(({ e, date }) => (
        <article key={e.id} class="excerpt" data-excerpt-id={e.id}>
          <blockquote lang="en">{e.text}</blockquote>
          <p class="citation">{excerptCitation(e, geodata.sources)}</p>
          {e.original_date && (
            <p class="original-date">{t('excerpts.originalDate', { date: partialDate(originalDateMatch(e.original_date, e.dates) ?? e.dates[0]!), original: originalDate(e.original_date) })}</p>
          )}
          {e.discrepancy && (
            <div class="discrepancy">
              <strong>{t('excerpts.record')}</strong> <span lang="en">{e.discrepancy.text}</span>
              <ul class="sources">
                {e.discrepancy.sources.map((s) => (
                  <SourceCitation key={`${s.id}${s.locator}`} source={s} bibliography={geodata.sources} />
                ))}
              </ul>
            </div>
          )}
          <button type="button" class="show-on-map" onClick={() => showExcerpt(state, e, date)}>
            {t('excerpts.show', { date: partialDate(date) })}
          </button>
        </article>
      ))}
    </section>
  );
}
