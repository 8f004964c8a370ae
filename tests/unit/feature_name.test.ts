import { describe, expect, it } from 'vitest';
import { featureName } from '../../src/data/feature_name.ts';

const GLOSSED = Object.freeze({ name: 'Ottoman Empire: ground its army held', 'name:tr': 'Osmanlı Devleti: ordusunun tuttuğu topraklar', 'name:ru': 'Османская империя: земли, удерживаемые её армией' });

describe('featureName', () => {
  it("gives the gloss in the reader's language, marked as that language", () => {
    expect(featureName(GLOSSED, 'tr')).toEqual({ text: GLOSSED['name:tr'], lang: 'tr' });
    expect(featureName(GLOSSED, 'ru')).toEqual({ text: GLOSSED['name:ru'], lang: 'ru' });
  });

  it('gives the English name in English, and where no gloss is given, marked as English', () => {
    expect(featureName(GLOSSED, 'en')).toEqual({ text: GLOSSED.name, lang: 'en' });
    expect(featureName({ name: 'Kars' }, 'ru')).toEqual({ text: 'Kars', lang: 'en' });
  });

  it('falls back to English on an empty or non-string gloss (an imported or broken feature)', () => {
    expect(featureName({ name: 'Kars', 'name:tr': '' }, 'tr').text).toBe('Kars');
    expect(featureName({ name: 'Kars', 'name:ru': { text: 'Карс' } }, 'ru').text).toBe('Kars');
  });
});
