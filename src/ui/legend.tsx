import { POWERS, type Power } from '../data/contract.ts';
import type { AppState } from './app_state.ts';
import { drawnFeatures } from './drawn_features.ts';
import { term } from './catalog_text.ts';
import { t, type MessageKey } from './i18n.ts';

/** Lists only what the map shows now: each power's colour and name, and the line and fill styles in use. */
export function Legend({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const catalog = geodata?.catalog;
  if (!geodata || !catalog) return null;
  const features = [...drawnFeatures(state).entries()].filter(([id]) => geodata.layers.has(id)).flatMap(([, s]) => s.features);
  if (features.length === 0) return <p class="muted">{t('legend.empty')}</p>;
  const powers = POWERS.filter((p) => features.some((f) => f.properties.power === p));
  const has = (test: (f: (typeof features)[number]) => boolean) => features.some(test);
  const styles: [string, MessageKey, boolean][] = [
    ['legend-control', 'legend.control', has((f) => f.properties.kind === 'control')],
    ['legend-claim', 'legend.claim', has((f) => f.properties.kind === 'claim')],
    ['legend-surveyed', 'legend.surveyed', has((f) => f.properties.precision === 'surveyed')],
    ['legend-described', 'legend.described', has((f) => f.properties.precision === 'described')],
    ['legend-schematic', 'legend.schematic', has((f) => f.properties.precision === 'schematic')],
  ];
  const rows = styles.filter(([, , shown]) => shown).map(([cls, key]) => [cls, t(key)] as const);
  return (
    <div class="legend">
      <ul class="legend-powers">
        {powers.map((p: Power) => (
          <li key={p}>
            <span class="swatch" style={{ background: catalog.powerColors[p] }} aria-hidden="true" />
            <span>{term(catalog.vocabulary, 'power', p)}</span> <abbr class="code">{p}</abbr>
          </li>
        ))}
      </ul>
      <ul class="legend-styles">
        {rows.map(([cls, label]) => (
          <li key={cls}>
            <span class={`swatch ${cls}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
