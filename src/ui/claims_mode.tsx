import { claimsAt, CLAIMED_GROUND_PAINT, partiesOpacity } from '../data/claims_at.ts';
import type { AppState } from './app_state.ts';
import { longDate } from './date_format.ts';
import { layerTitle, powerTerm, term } from './catalog_text.ts';
import { featureName } from '../data/feature_name.ts';
import { language, t } from './i18n.ts';

/** Parties counted apart in the key; more overlap than this is told by a click. */
const KEY_COUNTS = [1, 2, 3, 4];

/** The button that turns "Claims on this day" on and off. */
export function ClaimsToggle({ state }: { state: AppState }) {
  const on = state.claimsMode.value;
  return (
    <button type="button" class="claims-toggle" aria-pressed={on} onClick={() => (state.claimsMode.value = !on)}>
      {t('claims.toggle')}
    </button>
  );
}

/**
 * The key over the map while it counts claims: the paint of one to four overlapping parties,
 * computed as the map composites it.
 */
export function ClaimsKey({ state }: { state: AppState }) {
  if (!state.claimsMode.value) return null;
  const { color } = CLAIMED_GROUND_PAINT;
  return (
    <section class="claims-key" aria-labelledby="claims-key-heading">
      <h2 id="claims-key-heading">{t('claims.keyHeading', { date: longDate(state.day.value) })}</h2>
      <ul>
        {KEY_COUNTS.map((n) => (
          <li key={n}>
            <span class="swatch" style={{ background: color, opacity: partiesOpacity(n) }} aria-hidden="true" />
            {n === KEY_COUNTS.at(-1) ? t('claims.keyMany', { count: n }) : String(n)}
          </li>
        ))}
      </ul>
      <p>{t('claims.keyNote')}</p>
    </section>
  );
}

/**
 * Who claimed the selected place on the day, on what authority, and who held it: the answer to
 * "who wanted this place, when, and who had it". The summary line is announced to screen readers.
 */
export function ClaimsDetails({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  if (!geodata || !state.claimsMode.value) return null;
  const selection = state.selection.value;
  const { vocabulary } = geodata.catalog;
  const answer = selection && claimsAt(geodata.index, ...selection.lngLat, state.day.value);
  const date = longDate(state.day.value);
  return (
    <section class="claims-details" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('claims.heading')}</h2>
      <p class="claims-summary" role="status">
        {answer ? t('claims.summary', { date, count: answer.parties.length }) : t('claims.hint')}
      </p>
      {answer && (
        <>
          <ul class="claims-parties">
            {answer.parties.map((party) => (
              <li key={party.power}>
                <strong>{powerTerm(vocabulary, party.power, state.day.value)}</strong>
                <ul>
                  {party.claims.map((c) => (
                    <li key={c.properties.id}>
                      {layerTitle(geodata.catalog, c.layer)}: <span lang={featureName(c.properties, language.value).lang}>{featureName(c.properties, language.value).text}</span> ({term(vocabulary, 'control', c.properties.control)})
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <p class="claims-held">
            <strong>{t('claims.held')}</strong>{' '}
            {answer.held.length ? answer.held.map((h) => `${powerTerm(vocabulary, h.properties.power, state.day.value)} (${term(vocabulary, 'control', h.properties.control)})`).join('; ') : t('claims.heldNone')}
          </p>
        </>
      )}
    </section>
  );
}
