import { Component } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { useSignal, type Signal } from '@preact/signals';
import { chronology, currentEntry, type ChronologyEntry } from '../data/chronology.ts';
import type { EventType, Language, Power, Vocabulary } from '../data/contract.ts';
import type { AppState } from './app_state.ts';
import { showEvent } from './app_actions.ts';
import { partialDate } from './date_format.ts';
import { term } from './catalog_text.ts';
import { featureName } from '../data/feature_name.ts';
import { language, t } from './i18n.ts';

/**
 * The events in date order, filtered by type and by power: each a button that moves the slider
 * and the map to it. The last event begun on or before the current date is marked (aria-current),
 * so the reader sees where the day falls among them.
 */
export function Chronology({ state }: { state: AppState }) {
  const type = useSignal<EventType | ''>('');
  const power = useSignal<Power | ''>('');
  const list = useRef<HTMLOListElement>(null);
  const geodata = state.geodata.value;
  const all = useMemo(() => (geodata ? chronology([...geodata.layers.entries()].map(([id, dated]) => ({ id, collection: dated.collection }))) : []), [geodata]);
  const currentId = currentEntry(all, state.day.value)?.properties.id;
  // The list scrolls itself (never the page) to keep the current date's entry in view as the day
  // moves, in a layout effect: run after the paint, the scroll could give a date change a second
  // frame to draw, which beside a busy core made the slowest changes (docs/performance.md).
  // Before any return: a hook must run at every render.
  useLayoutEffect(() => {
    const box = list.current;
    const item = box?.querySelector<HTMLElement>('[aria-current]')?.parentElement;
    if (!box || !item) return;
    if (item.offsetTop < box.scrollTop || item.offsetTop + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = item.offsetTop - box.clientHeight / 2;
  }, [currentId, type.value, power.value]);
  if (!geodata || all.length === 0) return null;
  const { vocabulary } = geodata.catalog;
  // Only the types and powers some event has: a choice that lists nothing is no choice.
  const types = [...new Set(all.map((e) => e.properties.event_type))].sort();
  const powers = [...new Set(all.flatMap((e) => e.properties.participants))].sort();
  const entries = all.filter((e) => (type.value === '' || e.properties.event_type === type.value) && (power.value === '' || e.properties.participants.includes(power.value)));
  const current = currentEntry(entries, state.day.value);
  return (
    <section class="chronology" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">{t('chronology.heading')}</h2>
      <div class="chronology-filters">
        <FilterSelect label={t('chronology.type')} all={t('chronology.allTypes')} choice={type} codes={types} name={(code) => term(vocabulary, 'event_type', code)} />
        <FilterSelect label={t('chronology.power')} all={t('chronology.allPowers')} choice={power} codes={powers} name={(code) => term(vocabulary, 'power', code)} />
      </div>
      <p class="muted" aria-live="polite">{t('chronology.count', { count: entries.length })}</p>
      <ol class="chronology-list" ref={list}>
        {entries.map((e) => (
          <Entry key={e.properties.id} state={state} event={e} current={e === current} vocabulary={vocabulary} language={language.value} />
        ))}
      </ol>
    </section>
  );
}

interface EntryProps {
  state: AppState;
  event: ChronologyEntry;
  current: boolean;
  vocabulary: Vocabulary;
  language: Language;
}

/**
 * One event of the list, drawn again only when it becomes or stops being the current one, or the
 * language changes: a step of the slider would otherwise format every event's date again.
 */
class Entry extends Component<EntryProps> {
  override shouldComponentUpdate(next: EntryProps): boolean {
    return next.current !== this.props.current || next.language !== this.props.language || next.event !== this.props.event || next.vocabulary !== this.props.vocabulary;
  }

  override render({ state, event, current, vocabulary, language }: EntryProps) {
    const p = event.properties;
    return (
      <li>
        <button type="button" class="chronology-event" data-event-id={p.id} aria-current={current ? 'date' : undefined} onClick={() => showEvent(state, event)}>
          <span class="chronology-date">{partialDate(p.start_date!)}</span> <span class="chronology-name">{featureName(p, language).text}</span> <span class="chronology-type">{term(vocabulary, 'event_type', p.event_type)}</span>
        </button>
      </li>
    );
  }
}

/** One of the chronology's filters: every code some event has, or all of them (''). */
function FilterSelect<Code extends string>({ label, all, choice, codes, name }: { label: string; all: string; choice: Signal<Code | ''>; codes: Code[]; name: (code: Code) => string }) {
  return (
    <label>
      {label}
      <select value={choice.value} onChange={(e) => (choice.value = e.currentTarget.value as Code | '')}>
        <option value="">{all}</option>
        {codes.map((code) => (
          <option key={code} value={code}>{name(code)}</option>
        ))}
      </select>
    </label>
  );
}
