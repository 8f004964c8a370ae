import { useSignal } from '@preact/signals';
import { placeLabel, searchPlaces, type Place } from '../data/gazetteer.ts';
import type { AppState } from './app_state.ts';
import { select } from './app_actions.ts';
import { language, t } from './i18n.ts';

/** ARIA 1.2 combobox role, spread because Preact's input typings tie `role="combobox"` to `list`. */
const COMBOBOX = { role: 'combobox' } as Record<string, string>;

/** Finds a place by any of its names (diacritics and the Turkish i folded), flies there and opens its timeline. */
export function PlaceSearch({ state }: { state: AppState }) {
  const query = useSignal('');
  const active = useSignal(0);
  const places = state.geodata.value?.places ?? [];
  const results = searchPlaces(places, query.value);
  const choose = (place: Place) => {
    select(state, { lngLat: [place.lon, place.lat] });
    state.flyTo.value = { camera: { center: [place.lon, place.lat], zoom: 7 }, animate: true };
    query.value = '';
  };
  return (
    <div class="place-search" role="search">
      <label for="place-search-input">{t('search.label')}</label>
      <input
        id="place-search-input"
        type="search"
        autocomplete="off"
        placeholder={t('search.placeholder')}
        value={query.value}
        {...COMBOBOX}
        aria-expanded={results.length > 0}
        aria-controls="place-search-results"
        aria-activedescendant={results.length ? `place-${results[active.value]?.id}` : undefined}
        onInput={(e) => {
          query.value = e.currentTarget.value;
          active.value = 0;
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') active.value = Math.min(results.length - 1, active.value + 1);
          else if (e.key === 'ArrowUp') active.value = Math.max(0, active.value - 1);
          else if (e.key === 'Enter' && results[active.value]) choose(results[active.value]!);
          else if (e.key === 'Escape') query.value = '';
          else return;
          e.preventDefault();
        }}
      />
      {results.length > 0 && (
        <ul id="place-search-results" role="listbox" class="place-results">
          {results.map((place, i) => (
            <li key={place.id} id={`place-${place.id}`} role="option" aria-selected={i === active.value} onMouseDown={(e) => (e.preventDefault(), choose(place))}>
              {placeLabel(place, language.value)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
