import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../src/data/contract.ts';
import { dayOf } from '../../src/data/dates.ts';
import { powerTerm } from '../../src/ui/catalog_text.ts';
import { setLanguage } from '../../src/ui/i18n.ts';

const vocabulary = JSON.parse(readFileSync(new URL('../../geodata/vocabulary.json', import.meta.url), 'utf8')) as Vocabulary;
const on = (code: string, date: string) => powerTerm(vocabulary, code, dayOf(date)!);

describe('the Ottoman power reads as the Empire in the war and as the Istanbul government once two governments contested Anatolia', () => {
  afterEach(() => setLanguage('en'));
  it('in English: the Empire in 1915 and on 10 September 1919, the Istanbul government from 11 September 1919', () => {
    expect(on('OTT', '1915-04-25')).toBe('Ottoman Empire');
    expect(on('OTT', '1919-09-10')).toBe('Ottoman Empire');
    expect(on('OTT', '1919-09-11')).toBe('Ottoman Empire (Istanbul government)');
  });
  it('in Turkish and Russian alike', async () => {
    await setLanguage('tr');
    expect([on('OTT', '1919-09-10'), on('OTT', '1919-09-11')]).toEqual(['Osmanlı Devleti', 'Osmanlı Devleti (İstanbul hükümeti)']);
    await setLanguage('ru');
    expect([on('OTT', '1919-09-10'), on('OTT', '1919-09-11')]).toEqual(['Османская империя', 'Османская империя (стамбульское правительство)']);
  });
  it('other powers keep their one name', () => {
    expect([on('TUR', '1919-09-10'), on('TUR', '1921-01-01')]).toEqual([vocabulary.power.TUR!.en, vocabulary.power.TUR!.en]);
  });
});
