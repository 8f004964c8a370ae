import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { POWERS, UNCLAIMED_CONTROLS, type Power } from '../data/contract.ts';
import type { AppState } from './app_state.ts';
import { drawnFeatures } from './drawn_features.ts';
import { term } from './catalog_text.ts';
import { t, type MessageKey } from './i18n.ts';

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
  const geodata = state.geodata.value;
  const catalog = geodata?.catalog;
  // Counting claims and comparing, the map shows something else, with keys of its own.
  if (!geodata || !catalog || state.claimsMode.value || state.compare.value) return null;
  const styles =
    state.inView.value ??
    [...drawnFeatures(state).entries()].filter(([id]) => geodata.layers.has(id)).flatMap(([, s]) => s.features.map(({ properties: p }) => ({ power: p.power, kind: p.kind, control: p.control, precision: p.precision })));
  const has = (test: (s: (typeof styles)[number]) => boolean) => styles.some(test);
  const powers = POWERS.filter((p) => has((s) => s.power === p));
  const unclaimed = (s: (typeof styles)[number]) => s.kind === 'claim' && UNCLAIMED_CONTROLS.includes(s.control);
  const keys: [string, MessageKey, boolean][] = [
    ['legend-control', 'legend.control', has((s) => s.kind === 'control')],
    ['legend-claim', 'legend.claim', has((s) => s.kind === 'claim' && !unclaimed(s))],
    ['legend-unclaimed', 'legend.unclaimed', has(unclaimed)],
    ['legend-surveyed', 'legend.surveyed', has((s) => s.precision === 'surveyed')],
    ['legend-described', 'legend.described', has((s) => s.precision === 'described')],
    ['legend-schematic', 'legend.schematic', has((s) => s.precision === 'schematic')],
  ];
  return (
    <section class={['legend-section', (embed || narrow.value) && 'legend-section--folding', open.value && 'legend-section--open'].filter(Boolean).join(' ')} aria-labelledby="legend-heading">
      <h2 id="legend-heading" class="legend-heading">{t('legend.heading')}</h2>
      <button type="button" class="legend-toggle" aria-expanded={open.value} aria-controls="legend" onClick={() => (open.value = !open.value)}>
        {t('legend.heading')}
      </button>
      <div id="legend" class="legend">
        {powers.length === 0 ? (
          <p class="muted">{t(state.inView.value ? 'legend.emptyView' : 'legend.empty')}</p>
        ) : (
          <>
            <ul class="legend-powers">
              {powers.map((p: Power) => (
                <li key={p} style={{ '--power': catalog.powerColors[p] }}>
                  {has((s) => s.power === p && s.kind === 'control') && <span class="swatch swatch--held" aria-hidden="true" />}
                  {/* Two swatches at most, or the name wraps in its column: dots only for a power that shows ground without claiming any. */}
                  {has((s) => s.power === p && s.kind === 'claim' && !unclaimed(s)) ? <span class="swatch swatch--claim" aria-hidden="true" /> : has((s) => s.power === p && unclaimed(s)) && <span class="swatch swatch--unclaimed" aria-hidden="true" />}
                  <span class="legend-name">
                    {term(catalog.vocabulary, 'power', p)} <abbr class="code">{p}</abbr>
                  </span>
                </li>
              ))}
            </ul>
            <ul class="legend-styles">
              {keys.filter(([, , shown]) => shown).map(([cls, key]) => (
                <li key={cls}>
                  <span class={`swatch ${cls}`} aria-hidden="true" />
                  {t(key)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
