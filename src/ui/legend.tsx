import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { AppState } from './app_state.ts';
import { legendEntries, type LegendKey } from './legend_entries.ts';
import { powerTerm } from './catalog_text.ts';
import { t, type MessageKey } from './i18n.ts';

/** The legend's words for its style keys (the handout's too). */
export const LEGEND_KEY_TEXT: Record<LegendKey, MessageKey> = {
  control: 'legend.control',
  claim: 'legend.claim',
  unclaimed: 'legend.unclaimed',
  surveyed: 'legend.surveyed',
  described: 'legend.described',
  schematic: 'legend.schematic',
};

/** Screens on which the map has no column beside it (app.css lays the panels out so). */
const NO_SIDE_COLUMN = '(max-width: 1100px)';

/**
 * The key to what the map draws in its view on the current date: each power's colour, solid where
 * it held ground, hatched where it claimed some and dotted where it showed ground it did not claim,
 * and the line styles in use. Beside the map on
 * a wide screen; over it, folded behind a button, on a phone, in an embed and on narrower screens
 * (app.css). Until the map has drawn, and without one, it lists what is in force on the date.
 */
export function Legend({ state, embed }: { state: AppState; embed: boolean }) {
  const open = useSignal(false);
  const narrow = useSignal(matchMedia(NO_SIDE_COLUMN).matches);
  useEffect(() => {
    const query = matchMedia(NO_SIDE_COLUMN);
    const changed = () => (narrow.value = query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, [narrow]);
  const catalog = state.geodata.value?.catalog;
  const entries = legendEntries(state);
  // Counting claims and comparing, the map shows something else, with keys of its own.
  if (!catalog || !entries || state.claimsMode.value || state.compare.value) return null;
  return (
    <section class={['legend-section', (embed || narrow.value) && 'legend-section--folding', open.value && 'legend-section--open'].filter(Boolean).join(' ')} aria-labelledby="legend-heading">
      <h2 id="legend-heading" class="legend-heading">{t('legend.heading')}</h2>
      <button type="button" class="legend-toggle" aria-expanded={open.value} aria-controls="legend" onClick={() => (open.value = !open.value)}>
        {t('legend.heading')}
      </button>
      <div id="legend" class="legend">
        {entries.powers.length === 0 ? (
          <p class="muted">{t(state.viewBounds.value ? 'legend.emptyView' : 'legend.empty')}</p>
        ) : (
          <>
            <ul class="legend-powers">
              {entries.powers.map(({ power: p, held, claimed, unclaimed }) => (
                <li key={p} style={{ '--power': catalog.powerColors[p] }}>
                  {held && <span class="swatch swatch--held" aria-hidden="true" />}
                  {/* Two swatches at most, or the name wraps in its column: dots only for a power that shows ground without claiming any. */}
                  {claimed ? <span class="swatch swatch--claim" aria-hidden="true" /> : unclaimed && <span class="swatch swatch--unclaimed" aria-hidden="true" />}
                  <span class="legend-name">
                    {powerTerm(catalog.vocabulary, p, state.day.value)} <abbr class="code">{p}</abbr>
                  </span>
                </li>
              ))}
            </ul>
            <ul class="legend-styles">
              {entries.keys.map((key) => (
                <li key={key}>
                  <span class={`swatch legend-${key}`} aria-hidden="true" />
                  {t(LEGEND_KEY_TEXT[key])}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
