import { useMemo } from 'preact/hooks';
import { useComputed } from '@preact/signals';
import { GROUPS } from '../data/contract.ts';
import type { LayerEntry } from '../data/catalog.ts';
import { featureInterval, isActiveOn, parsePartialDate } from '../data/dates.ts';
import type { AppState } from './app_state.ts';
import { openingLayers, setLayersVisible, setPinned } from './app_actions.ts';
import { dateRange, partialDate } from './date_format.ts';
import { localized, term } from './catalog_text.ts';
import { t } from './i18n.ts';

/** The layers of datapackage.json, grouped, each toggled on and off and pinnable. */
export function LayerPanel({ state }: { state: AppState }) {
  const catalog = state.geodata.value?.catalog;
  if (!catalog) return <p class="muted">{t('layers.loading')}</p>;
  const visible = state.visible.value;
  const geodata = state.geodata.value!;
  return (
    <div class="layer-panel">
      <div class="layer-presets">
        <button type="button" onClick={() => setLayersVisible(state, catalog.layers.map((l) => l.id), true)}>{t('layers.showAll')}</button>
        <button type="button" onClick={() => (state.visible.value = new Set(openingLayers(geodata)))}>{t('layers.opening')}</button>
      </div>
      {GROUPS.map((group) => {
        const groupTitle = term(catalog.vocabulary, 'group', group);
        const layers = catalog.layers.filter((l) => l.group === group).sort((a, b) => featureInterval(a.temporal.start, undefined).start - featureInterval(b.temporal.start, undefined).start);
        if (group === 'modern') {
          return (
            <fieldset key={group} class="layer-group">
              <legend>{groupTitle}</legend>
              <label class="layer-row">
                <input type="checkbox" checked={state.modernBorders.value} onChange={(e) => (state.modernBorders.value = e.currentTarget.checked)} />
                <span class="layer-title">{t('layers.modernBorders')}</span>
              </label>
            </fieldset>
          );
        }
        if (layers.length === 0) return null;
        const on = layers.filter((l) => visible.has(l.id)).length;
        return (
          <fieldset key={group} class="layer-group">
            <legend>
              <label>
                <input
                  type="checkbox"
                  checked={on === layers.length}
                  ref={(el) => {
                    if (el) el.indeterminate = on > 0 && on < layers.length;
                  }}
                  onChange={(e) => setLayersVisible(state, layers.map((l) => l.id), e.currentTarget.checked)}
                  aria-label={t('layers.allOf', { group: groupTitle })}
                />
                {groupTitle}
              </label>
            </legend>
            {layers.map((layer) => (
              <LayerRow key={layer.id} state={state} layer={layer} />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

function LayerRow({ state, layer }: { state: AppState; layer: LayerEntry }) {
  const interval = useMemo(() => featureInterval(layer.temporal.start, layer.temporal.end), [layer]);
  // Computed, so that the row is drawn again when the layer comes into or goes out of force, not at every day the slider passes.
  const inForce = useComputed(() => isActiveOn(interval, state.day.value)).value;
  const pinned = state.pinned.value.has(layer.id);
  const title = localized(layer, 'title');
  const description = localized(layer, 'description');
  const stage = useComputed(() => stageOn(layer, state)).value;
  return (
    <div class={`layer-row${inForce || pinned ? '' : ' layer-row--dormant'}`}>
      <label>
        <input type="checkbox" checked={state.visible.value.has(layer.id)} onChange={(e) => setLayersVisible(state, [layer.id], e.currentTarget.checked)} />
        <span class="layer-title">{title}</span>
      </label>
      <button type="button" class="pin" aria-pressed={pinned} title={t('layers.pinHint')} aria-label={t('layers.pinLabel', { layer: title })} onClick={() => setPinned(state, layer.id, !pinned)}>
        {pinned ? t('layers.pinned') : t('layers.pin')}
      </button>
      <div class="layer-meta">
        {dateRange(layer.temporal.start, layer.temporal.end)}
        {inForce || pinned ? '' : ` ${t('layers.notInForce')}`}
        {stage && <span class="layer-stage">{`; ${stage}`}</span>}
      </div>
      <div class="layer-description" title={description}>{description}</div>
    </div>
  );
}

/**
 * Where a treaty stood on the day: the last stage of its life cycle reached by then. Sevres,
 * drawn from 1920 to 1923, reads "signed 10 August 1920, never in force" to the end, Kars "in
 * force 11 September 1922": a layer drawn for years is not a treaty in force.
 */
function stageOn(layer: LayerEntry, state: AppState): string | null {
  const geodata = state.geodata.value;
  const reached = layer.lifecycle.filter((s) => (parsePartialDate(s.date)?.start ?? Infinity) <= state.day.value).at(-1);
  if (!geodata || !reached) return null;
  const stage = t('layers.stage', { stage: term(geodata.catalog.vocabulary, 'stage', reached.stage), date: partialDate(reached.date) });
  return layer.never_in_force ? t('layers.neverInForce', { stage }) : stage;
}
