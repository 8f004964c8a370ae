import type { Control, Kind, Precision, VocabularyTerm } from '../data/contract.ts';
import type { AppState } from './app_state.ts';
import { layerTitle, term } from './catalog_text.ts';
import { SourceCitation } from './source_citation.tsx';
import { t, type MessageKey } from './i18n.ts';

/** Every term of the vocabularies a reader meets in the legend and the details, defined (a term added to the contract must be defined here). */
const KIND_DEFINITIONS: Record<Kind, MessageKey> = { claim: 'glossary.kind.claim', control: 'glossary.kind.control', event: 'glossary.kind.event', flow: 'glossary.kind.flow' };
const CONTROL_DEFINITIONS: Record<Control, MessageKey> = {
  sovereignty: 'glossary.control.sovereignty',
  direct: 'glossary.control.direct',
  influence: 'glossary.control.influence',
  international: 'glossary.control.international',
  occupation: 'glossary.control.occupation',
  administration: 'glossary.control.administration',
  autonomy: 'glossary.control.autonomy',
  plebiscite: 'glossary.control.plebiscite',
  disputed: 'glossary.control.disputed',
  'self-determination': 'glossary.control.selfDetermination',
  recommended: 'glossary.control.recommended',
  demilitarised: 'glossary.control.demilitarised',
};
const PRECISION_DEFINITIONS: Record<Precision, MessageKey> = { surveyed: 'glossary.precision.surveyed', described: 'glossary.precision.described', schematic: 'glossary.precision.schematic' };
const GLOSSARY: [VocabularyTerm, Record<string, MessageKey>][] = [
  ['kind', KIND_DEFINITIONS],
  ['control', CONTROL_DEFINITIONS],
  ['precision', PRECISION_DEFINITIONS],
];

/**
 * Two pages a class needs beside the map, folded until opened: a glossary of the terms the map
 * uses (what "held on the ground", "zone of influence" or "schematic line" mean here), and the
 * sources of every layer with their links.
 */
export function ReferencePages({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  if (!geodata) return null;
  const { catalog, sources } = geodata;
  return (
    <div class="reference-pages">
      <details class="glossary">
        <summary>{t('glossary.heading')}</summary>
        <dl>
          {GLOSSARY.flatMap(([kind, definitions]) =>
            Object.entries(definitions).map(([code, definition]) => (
              <>
                <dt key={`t-${kind}-${code}`}>{term(catalog.vocabulary, kind, code)}</dt>
                <dd key={`d-${kind}-${code}`}>{t(definition)}</dd>
              </>
            )),
          )}
        </dl>
      </details>
      <details class="about-sources">
        <summary>{t('sources.heading')}</summary>
        <p>{t('sources.intro')}</p>
        {catalog.layers.map((layer) => (
          <section key={layer.id} aria-label={layerTitle(catalog, layer.id)}>
            <h3>{layerTitle(catalog, layer.id)}</h3>
            <ul class="sources">
              {layer.sources.map((id) => (
                <SourceCitation key={id} source={{ id, locator: '' }} bibliography={sources} />
              ))}
            </ul>
          </section>
        ))}
      </details>
    </div>
  );
}
