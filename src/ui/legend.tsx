import { POWERS, type Power } from '../data/contract.ts';
import type { AppState } from './app_state.ts';
import { drawnFeatures } from './drawn_features.ts';

/** Lists only what the map shows now: each power's colour and name, and the line and fill styles in use. */
export function Legend({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const catalog = geodata?.catalog;
  if (!geodata || !catalog) return null;
  const features = [...drawnFeatures(state).entries()].filter(([id]) => geodata.layers.has(id)).flatMap(([, s]) => s.features);
  if (features.length === 0) return <p class="muted">No layer shows anything on this date.</p>;
  const powers = POWERS.filter((p) => features.some((f) => f.properties.power === p));
  const has = (test: (f: (typeof features)[number]) => boolean) => features.some(test);
  const rows: [string, string][] = [
    ...(has((f) => f.properties.kind === 'control') ? [['legend-control', 'Held on the ground (solid)'] as [string, string]] : []),
    ...(has((f) => f.properties.kind === 'claim') ? [['legend-claim', 'Claimed on paper (hatched)'] as [string, string]] : []),
    ...(has((f) => f.properties.precision === 'surveyed') ? [['legend-surveyed', 'Surveyed line'] as [string, string]] : []),
    ...(has((f) => f.properties.precision === 'described') ? [['legend-described', 'Line described in the text (dashed)'] as [string, string]] : []),
    ...(has((f) => f.properties.precision === 'schematic') ? [['legend-schematic', 'Schematic line (dotted)'] as [string, string]] : []),
  ];
  return (
    <div class="legend">
      <ul class="legend-powers">
        {powers.map((p: Power) => (
          <li key={p}>
            <span class="swatch" style={{ background: catalog.powerColors[p] }} aria-hidden="true" />
            <span>{catalog.powerNames[p]}</span> <abbr class="code">{p}</abbr>
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
