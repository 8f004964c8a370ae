import { useEffect } from 'preact/hooks';
import { effect } from '@preact/signals';
import type { Geodata } from '../data/load_geodata.ts';
import type { AppState } from './app_state.ts';
import { openCompare, openGeodata, setDay, setLargeType } from './app_actions.ts';
import { dayOf } from '../data/dates.ts';

/**
 * Test and benchmark handles: move the slider the way the slider does (`explorerSetDate('1920-08-10')`);
 * and whether the address bar shows the current view, false while its write waits for the view to
 * rest (a test cannot otherwise tell a write that is still to come from one that was not needed).
 */
declare global {
  interface Window {
    explorerSetDate?: (isoDate: string) => void;
    explorerAddressCurrent?: boolean;
  }
}
import { DateSlider } from './date_slider.tsx';
import { ExcerptPanel } from './excerpt_panel.tsx';
import { FeatureDetails } from './feature_details.tsx';
import { ClaimsDetails, ClaimsKey, ClaimsToggle } from './claims_mode.tsx';
import { LayerPanel } from './layer_panel.tsx';
import { Legend } from './legend.tsx';
import { MapPane } from './map_pane.tsx';
import { CompareView } from './compare_view.tsx';
import { TourMenu, TourPlayer } from './tour_player.tsx';
import { HandoutPanel } from './handout_panel.tsx';
import { ImportPanel } from './import_panel.tsx';
import { ReferencePages } from './reference_pages.tsx';
import { PlaceSearch } from './place_search.tsx';
import { PlaceTimeline } from './place_timeline.tsx';
import { AidPanel } from './aid_panel.tsx';
import { Chronology } from './chronology.tsx';
import { formatHash } from './permalink.ts';
import { LanguageSwitch } from './language_switch.tsx';
import { language, LANGUAGE_NAMES, say, t } from './i18n.ts';

/** How long the view must rest before the address bar is brought up to date with it. */
const HASH_DELAY_MS = 250;

/** The main screen: layers and legend, the map, details and excerpts, and the date slider; `geodata` is the loading catalogue and layers. */
export function App({ state, geodata: loading }: { state: AppState; geodata: Promise<Geodata> }) {
  useEffect(() => {
    window.explorerSetDate = (isoDate) => {
      const day = dayOf(isoDate);
      if (day !== null) setDay(state, day);
    };
    let stopHash = () => {};
    loading
      .then((geodata) => {
        const notes = [...openGeodata(state, geodata, location.hash), ...geodata.problems];
        if (notes.length) state.notice.value = notes;
        let pending: ReturnType<typeof setTimeout> | undefined;
        const stopEffect = effect(() => {
          // The user's own layers live in this browser only: a link names the catalogue's layers.
          const hash = formatHash({ day: state.day.value, layers: state.drawn.value.filter((id) => geodata.layers.has(id)), pinned: state.drawn.value.filter((id) => geodata.layers.has(id) && state.pinned.value.has(id)), camera: state.camera.value, selection: state.selection.value?.lngLat ?? null, compare: state.compare.value, tour: state.tour.value, language: language.value, calendars: state.calendars.value, claims: state.claimsMode.value });
          // Written once the view rests: Safari refuses more than 100 replaceState calls in 30 s
          // (a slider played or dragged makes dozens a second), and each costs the page time.
          clearTimeout(pending);
          window.explorerAddressCurrent = false;
          pending = setTimeout(() => {
            if (hash !== location.hash) history.replaceState(null, '', hash);
            window.explorerAddressCurrent = true;
          }, HASH_DELAY_MS);
        });
        stopHash = () => (stopEffect(), clearTimeout(pending));
      })
      .catch((error: Error) => (state.notice.value = [{ key: 'problem.dataNotLoaded', params: { detail: error.message } }]));
    return () => stopHash();
  }, [state, loading]);

  // In an embed the details and excerpts are in a drawer (the drawer of the layers and tools at phone width).
  const embed = state.embed;
  const drawer = embed ? 'panel-right' : 'panel-left';
  const closeDrawer = () => (state.drawerOpen.value = false);
  const panelClass = (id: string, side: string) => `panel panel--${side}${state.drawerOpen.value && drawer === id ? ' panel--open' : ''}`;
  const notice = state.notice.value;
  return (
    <div
      class={['app', embed && 'app--embed', state.largeType.value && 'app--large'].filter(Boolean).join(' ')}
      onKeyDown={(e) => e.key === 'Escape' && state.drawerOpen.value && (state.drawerOpen.value = false)}
    >
      <button type="button" class="skip-link" onClick={() => focusFirst('.map canvas')}>{t('skip.map')}</button>
      <button type="button" class="skip-link" onClick={() => focusFirst('#date-range')}>{t('skip.slider')}</button>
      <aside id="panel-left" class={panelClass('panel-left', 'left')} aria-label={t('drawer.label')}>
        <button type="button" class="drawer-close" onClick={closeDrawer}>{t('drawer.close')}</button>
        <header>
          <h1>{t('app.title')}</h1>
          <p class="subtitle">{t('app.subtitle')}</p>
          <div class="header-controls">
            <LanguageSwitch onUnavailable={(lang) => (state.notice.value = [{ key: 'language.unavailable', params: { name: LANGUAGE_NAMES[lang] } }])} />
            <button type="button" class="large-type" aria-pressed={state.largeType.value} onClick={() => setLargeType(state, !state.largeType.value)}>{t('app.largeType')}</button>
          </div>
        </header>
        {notice && (
          <p class="notice" role="status">
            {notice.slice(0, 3).map(say).join(' ')}
            {notice.length > 3 ? ` ${t('notice.more', { count: notice.length - 3 })}` : ''} <button type="button" onClick={() => (state.notice.value = null)}>{t('notice.dismiss')}</button>
          </p>
        )}
        <PlaceSearch state={state} />
        <button type="button" class="compare-open" onClick={() => openCompare(state)}>
          {t('compare.open')}
        </button>
        <ClaimsToggle state={state} />
        <TourMenu state={state} />
        <section aria-labelledby="layers-heading">
          <h2 id="layers-heading">{t('layers.heading')}</h2>
          <LayerPanel state={state} />
        </section>
        <HandoutPanel state={state} />
        <ImportPanel state={state} />
        <ReferencePages state={state} />
        <footer class="credits">{t('app.credits')}</footer>
      </aside>
      <main class="main">
        <button type="button" class="drawer-open" aria-controls={drawer} aria-expanded={state.drawerOpen.value} onClick={() => (state.drawerOpen.value = !state.drawerOpen.value)}>
          {embed ? t('drawer.details') : t('drawer.open')}
        </button>
        <MapPane state={state}>
          <TourPlayer state={state} />
        </MapPane>
        <ClaimsKey state={state} />
        <CompareView state={state} />
        <div class="date-bar">
          <DateSlider state={state} />
        </div>
      </main>
      <Legend state={state} embed={embed} />
      <aside id="panel-right" class={panelClass('panel-right', 'right')} aria-label={embed ? t('drawer.details') : undefined}>
        {embed && <button type="button" class="drawer-close" onClick={closeDrawer}>{t('drawer.close')}</button>}
        {state.claimsMode.value ? <ClaimsDetails state={state} /> : <FeatureDetails state={state} />}
        <PlaceTimeline state={state} />
        <AidPanel state={state} />
        <Chronology state={state} />
        <ExcerptPanel state={state} />
      </aside>
    </div>
  );
}

/** Moves the keyboard to an element: a button, not a link, since the address's fragment holds the view. */
function focusFirst(selector: string) {
  document.querySelector<HTMLElement>(selector)?.focus();
}
