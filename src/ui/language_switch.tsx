import { LANGUAGES, type Language } from '../data/contract.ts';
import { chooseLanguage, language, LANGUAGE_NAMES, t } from './i18n.ts';

/** English, Türkçe, Русский: each language named in itself, the choice kept for the next visit. */
export function LanguageSwitch() {
  return (
    <label class="language-switch">
      {t('language.label')}{' '}
      <select value={language.value} onChange={(e) => chooseLanguage(e.currentTarget.value as Language)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>{LANGUAGE_NAMES[lang]}</option>
        ))}
      </select>
    </label>
  );
}
