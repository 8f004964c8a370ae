import { LANGUAGES, type Language } from '../data/contract.ts';
import { chooseLanguage, language, LANGUAGE_NAMES, t } from './i18n.ts';

/**
 * A choice whose catalog could not be fetched leaves the language, and so the signal, as it was:
 * nothing renders again, so the select is put back by hand to the language the interface speaks
 * (unless the reader has chosen another meanwhile), and the reader is told.
 */
async function choose(select: HTMLSelectElement, onUnavailable: (lang: Language) => void): Promise<void> {
  const lang = select.value as Language;
  if (!(await chooseLanguage(lang)) && select.value === lang) {
    select.value = language.value;
    onUnavailable(lang);
  }
}

/** English, Türkçe, Русский: each language named in itself, the choice kept for the next visit. */
export function LanguageSwitch({ onUnavailable }: { onUnavailable: (lang: Language) => void }) {
  return (
    <label class="language-switch">
      {t('language.label')}{' '}
      <select value={language.value} onChange={(e) => void choose(e.currentTarget, onUnavailable)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>{LANGUAGE_NAMES[lang]}</option>
        ))}
      </select>
    </label>
  );
}
