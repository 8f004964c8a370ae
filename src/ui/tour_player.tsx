import { useEffect } from 'preact/hooks';
import type { AppState } from './app_state.ts';
import { goToTourStep, leaveTour, startTour } from './app_actions.ts';
import { longDate } from './date_format.ts';
import { SourceCitation } from './source_citation.tsx';
import { localized } from './catalog_text.ts';
import { excerptCitation } from './excerpt_citation.ts';
import { t } from './i18n.ts';

/** The guided tours a teacher can start. */
export function TourMenu({ state }: { state: AppState }) {
  const tours = state.geodata.value?.tours ?? [];
  if (tours.length === 0) return null;
  return (
    <section aria-labelledby="tours-heading">
      <h2 id="tours-heading">{t('tour.heading')}</h2>
      <ul class="tour-menu">
        {tours.map((tour) => (
          <li key={tour.id}>
            <button type="button" onClick={() => startTour(state, tour.id)}>{localized(tour, 'title')}</button>
            <span class="muted"> {t('tour.steps', { count: tour.steps.length })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Plays a tour over the map: the step's title, text, quotations and sources, a progress bar,
 * previous and next (buttons, or the left and right arrow keys outside form fields).
 */
export function TourPlayer({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const current = state.tour.value;
  const tour = current && geodata?.tours.find((t) => t.id === current.id);
  const playing = current !== null;
  useEffect(() => {
    if (!playing) return;
    // Reads the step when the key is pressed, not when the listener was made: keys can outrun renders.
    const onKey = (e: KeyboardEvent) => {
      const now = state.tour.peek();
      const steps = now && state.geodata.peek()?.tours.find((t) => t.id === now.id)?.steps.length;
      const target = e.target as HTMLElement | null;
      if (!now || !steps || target?.closest('input, select, textarea') || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowRight') goToTourStep(state, now.id, Math.min(now.step + 1, steps - 1));
      else if (e.key === 'ArrowLeft') goToTourStep(state, now.id, Math.max(0, now.step - 1));
      else if (e.key === 'Escape') leaveTour(state);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [playing, state]);
  if (!geodata || !current || !tour) return null;
  const step = tour.steps[current.step]!;
  const excerpts = step.excerpts.map((id) => geodata.excerpts.find((e) => e.id === id)).filter((e) => e !== undefined);
  const last = tour.steps.length - 1;
  const stepOf = t('tour.stepOf', { step: current.step + 1, count: tour.steps.length });
  return (
    <section class="tour" aria-labelledby="tour-step-title" aria-live="polite">
      <div class="tour-head">
        <span class="tour-name">{localized(tour, 'title')}</span>
        <button type="button" class="tour-close" onClick={() => leaveTour(state)}>{t('tour.leave')}</button>
      </div>
      <progress max={tour.steps.length} value={current.step + 1} aria-label={stepOf} />
      <div class="tour-body">
      <h2 id="tour-step-title">
        {current.step + 1}. {localized(step, 'title')} <span class="muted">({longDate(step.day)})</span>
      </h2>
      <p>{localized(step, 'text')}</p>
      {excerpts.map((e) => (
        <blockquote key={e.id} class="tour-excerpt" lang="en">
          {e.text}
          <footer>{excerptCitation(e, geodata.sources)}</footer>
        </blockquote>
      ))}
      <ul class="sources">
        {step.sources.map((s) => (
          <SourceCitation key={`${s.id}${s.locator}`} source={s} bibliography={geodata.sources} />
        ))}
      </ul>
      </div>
      <div class="tour-nav">
        <button type="button" disabled={current.step === 0} onClick={() => goToTourStep(state, current.id, current.step - 1)}>{t('tour.previous')}</button>
        <span>{stepOf}</span>
        <button type="button" disabled={current.step === last} onClick={() => goToTourStep(state, current.id, current.step + 1)}>{t('tour.next')}</button>
      </div>
    </section>
  );
}
