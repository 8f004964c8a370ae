import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/data/contract.ts';
import { language, say, t } from '../../src/ui/i18n.ts';
import { CATALOGS } from '../fixtures/catalogs.ts';
import { dateRange, longDate, partialDate } from '../../src/ui/date_format.ts';
import { dayOf } from '../../src/data/dates.ts';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const PLURALS: Record<string, string[]> = { en: ['one', 'other'], tr: ['one', 'other'], ru: ['few', 'many', 'one', 'other'] };
/** Attributes a reader sees or hears; the others (class, type, role, lang...) are code. */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-valuetext', 'aria-description', 'placeholder', 'alt', 'label']);
/** Text outside the catalogs on purpose: proper names that stay as they are in every language. */
const ALLOWED = new Set(['Natural Earth (public domain)', 'Noto Sans Regular', 'Ottoman partition explorer basemap', 'English', 'Türkçe', 'Русский']);

/** Functions whose string arguments are codes (catalog keys, vocabularies, fields). */
const CODE_TAKERS = new Set(['t', 'term', 'localized']);

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (entry: unknown): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

type Node = { type?: string; [key: string]: unknown };
function* walk(node: unknown, parents: Node[] = []): Generator<[Node, Node[]]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child, parents);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') yield [n, parents];
  for (const [key, value] of Object.entries(n)) if (key !== 'type' && typeof value === 'object') yield* walk(value, typeof n.type === 'string' ? [...parents, n] : parents);
}

/** Texts of a module that reach the reader without passing through the catalogs, with their line. */
function hardCodedTexts(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const line = (at: number) => code.slice(0, at).split('\n').length;
  const found: string[] = [];
  for (const [node, parents] of walk(parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }))) {
    const text = node.type === 'JSXText' || node.type === 'Literal' ? node.value : node.type === 'TemplateElement' ? (node.value as { cooked: string }).cooked : null;
    if (typeof text !== 'string' || !/\p{L}/u.test(text) || ALLOWED.has(text.trim())) continue;
    const parent = parents[parents.length - 1];
    // A catalog key handed to t(), a vocabulary or field named to term() or localized(): codes, not texts.
    if (parent?.type === 'CallExpression' && CODE_TAKERS.has(String((parent.callee as { name?: string }).name))) continue;
    const inJsx = parents.some((p) => p.type === 'JSXExpressionContainer' || p.type === 'JSXElement');
    const attribute = [...parents].reverse().find((p) => p.type === 'JSXAttribute');
    const attributeName = attribute ? (attribute.name as { name?: string }).name : undefined;
    const words = /\p{L}\s+\p{L}|^\p{Lu}\p{Ll}/u.test(text.trim());
    const shown =
      node.type === 'JSXText' ||
      (attribute ? READ_ATTRIBUTES.has(String(attributeName)) : inJsx ? words : /^\p{Lu}\p{Ll}+[\s,]+\p{L}/u.test(text.trim()));
    if (shown) found.push(`${file.slice(SRC.length + 1)}:${line(node.start as number)}: ${JSON.stringify(text.trim())}`);
  }
  return found;
}

describe('the message catalogs (src/ui/messages)', () => {
  const en = CATALOGS.en;
  it('give every language the same keys, in the same order, with the same slots and their plural forms', () => {
    for (const lang of LANGUAGES) {
      const catalog = CATALOGS[lang];
      expect(Object.keys(catalog), lang).toEqual(Object.keys(en));
      for (const [key, entry] of Object.entries(catalog)) {
        const english = [...new Set(forms(en[key]).flatMap(slots))].sort();
        for (const form of forms(entry)) expect(slots(form).filter((s) => !english.includes(s)), `${lang} ${key}: unknown slots`).toEqual([]);
        expect([...new Set(forms(entry).flatMap(slots))].sort(), `${lang} ${key}: slots`).toEqual(english);
        if (typeof entry !== 'string') expect(Object.keys(entry).sort(), `${lang} ${key}: plural forms`).toEqual(PLURALS[lang]);
        else expect(typeof en[key], `${lang} ${key}: a plain text where English has one`).toBe('string');
        for (const form of forms(entry)) expect(form.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });
  it('are translated: no Turkish or Russian text is the English one, but for names and codes', () => {
    const same = (lang: 'tr' | 'ru') => Object.keys(en).filter((k) => JSON.stringify(CATALOGS[lang][k]) === JSON.stringify(en[k]) && /\p{L}{3}/u.test(forms(en[k]).join(' ').replace(/\{\w+\}/g, '')));
    expect(same('tr')).toEqual([]);
    expect(same('ru')).toEqual([]);
  });
  it('hold every key the code asks for, and none that it never asks for', () => {
    const code = sourceFiles(SRC).map((f) => readFileSync(f, 'utf8')).join('\n');
    const asked = new Set([...code.matchAll(/\b(?:t\(|key: )'([a-z]+\.[a-zA-Z]+)'/g)].map((m) => m[1]!));
    expect([...asked].filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !code.includes(`'${k}'`))).toEqual([]);
  });
  it('leave no text of the interface outside them', () => {
    const files = ['ui', 'map'].flatMap((room) => sourceFiles(join(SRC, room)));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(hardCodedTexts)).toEqual([]);
  });
  it('are checked by a scanner that does find hard-coded text', () => {
    const planted = join(fileURLToPath(new URL('../fixtures', import.meta.url)), 'hard_coded.tsx');
    expect(hardCodedTexts(planted).map((f) => f.replace(/^.*: /, ''))).toEqual(['"Leave the tour"', '"Close"', '"Pinned"', '"Map on"', '"The map reported an error."']);
  });
});

/**
 * What `speak` returns with the interface in each language, in turn; the language is the global
 * signal the whole interface reads, so it is set back to English even when `speak` throws.
 */
function inEach<T>(languages: readonly Language[], speak: () => T): T[] {
  try {
    return languages.map((lang) => ((language.value = lang), speak()));
  } finally {
    language.value = 'en';
  }
}

describe('saying things in each language', () => {
  const august10 = dayOf('1920-08-10')!;
  it('spells out dates the way each language does', () => {
    const said = inEach(LANGUAGES, () => [longDate(august10), partialDate('1919-05'), dateRange(undefined, '1923-07-24')]);
    expect(language.value).toBe('en');
    expect(said).toEqual([
      ['10 August 1920', 'May 1919', 'before 1914 - 24 July 1923'],
      ['10 Ağustos 1920', 'Mayıs 1919', `${CATALOGS.tr['date.beforeStart']} - 24 Temmuz 1923`],
      ['10 августа 1920', 'май 1919', `${CATALOGS.ru['date.beforeStart']} - 24 июля 1923`],
    ]);
  });
  it('fills slots, writes numbers and picks the plural form of the language', () => {
    const [[steps, area]] = inEach(['ru'], () => [[1, 3, 10].map((count) => t('tour.steps', { count })), say({ key: 'compare.km2', params: { area: 783562 } })] as const);
    expect(language.value).toBe('en');
    expect(steps.map((s) => s.split(' ')[0])).toEqual(['1', '3', '10']);
    expect(new Set(steps).size).toBe(3);
    expect(area.replace(/\s/g, ' ')).toContain('783 562');
    expect(t('tour.steps', { count: 1 })).toBe('1 step');
    expect(say({ key: 'link.badDate', params: { date: '1999-01-01' } })).toBe('The date "1999-01-01" is not a day between 1914 and 1923.');
  });
  it('shows an unknown key as itself rather than nothing', () => {
    expect(say({ key: 'no.suchKey' })).toBe('no.suchKey');
  });
});
