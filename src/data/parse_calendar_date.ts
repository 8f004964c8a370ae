import { CALENDAR_SPAN, fromCalendarDate, type Calendar, type CalendarDate } from './calendars.ts';
import type { Day } from './dates.ts';
import type { Message } from './message.ts';

/** What a typed date names: the day and the date as written, or why it names none. */
export type CalendarDateReading = { ok: true; day: Day; date: CalendarDate } | { ok: false; problem: Message };

const LOCALES = ['en-GB', 'tr-TR', 'ru-RU'];

/**
 * Ottoman and older spellings the month names of ICU leave out, as they are typed without the
 * hyphens and apostrophes (normalised away before the lookup). Solar: the Rumi months, written
 * with or without the Persian -i- of Kânun-ı sâni and Teşrin-i evvel. Hijri: the Ottoman Turkish
 * names as archivists read them ("Osmanlı Devleti'nde Kullanılan Takvimler", table of the Hijri
 * months: Muharrem, Safer, Rebîʻülevvel ... Zi'lhicce) and the usual English transliterations.
 */
const SOLAR_SPELLINGS: Record<string, number> = {
  kanunusani: 1, kanunisani: 1, kanunsani: 1, subat: 2, mart: 3, nisan: 4, mayis: 5, haziran: 6, temmuz: 7, agustos: 8, eylul: 9,
  tesrinievvel: 10, tesrinevvel: 10, tesrinisani: 11, tesrinsani: 11, kanunuevvel: 12, kanunievvel: 12, kanunevvel: 12,
};
const HIJRI_SPELLINGS: Record<string, number> = {
  muharrem: 1, muharram: 1, safer: 2, safar: 2, rebiulevvel: 3, rebiyulevvel: 3, rabialawwal: 3, rabiulawwal: 3, rabii: 3,
  rebiulahir: 4, rebiulahire: 4, rabialthani: 4, rabialakhir: 4, rabiulakhir: 4, rabiii: 4,
  cemaziyelevvel: 5, cemaziyelula: 5, jumadaalawwal: 5, jumadaalula: 5, jumadai: 5,
  cemaziyelahir: 6, cemaziyelahire: 6, jumadaalthani: 6, jumadaalakhira: 6, jumadaalakhirah: 6, jumadaii: 6,
  recep: 7, receb: 7, rajab: 7, saban: 8, shaban: 8, ramazan: 9, ramadan: 9, sevval: 10, shawwal: 10,
  zilkade: 11, zilkaade: 11, dhualqada: 11, dhualqadah: 11, dhulqada: 11, dhulqadah: 11, dhulqidah: 11,
  zilhicce: 12, dhualhijja: 12, dhualhijjah: 12, dhulhijja: 12, dhulhijjah: 12,
};

/** Words that name a calendar, as they stand after `normalise`: O.S. / ст. ст. / AH / Rumi ... */
const MARKERS: [Calendar, RegExp][] = [
  ['julian', /(?<!\p{L})(o\.?\s?s\.?|old style|eski usul|julian|julyen|(?:по\s)?ст\.?\s?ст\.?|по старому стилю|старого стиля|юлианск\p{L}*)(?!\p{L})/gu],
  ['gregorian', /(?<!\p{L})(n\.?\s?s\.?|new style|gregorian|gregoryen|miladi|н\.?\s?ст\.?|по новому стилю|нового стиля|григорианск\p{L}*)(?!\p{L})/gu],
  ['rumi', /(?<!\p{L})(rumi|румийск\p{L}*)(?!\p{L})/gu],
  ['hijri', /(?<!\p{L})(a\.?\s?h\.?|h\.|hijri|hicri|хиджр\p{L}*)(?!\p{L})/gu],
];
/** Russian writes "1920 г." or "1920 года" after a year: no calendar in it. */
const YEAR_WORD = /(?<!\p{L})(г\.|года|год)(?!\p{L})/gu;

/** Made at the first date typed, not at the app's start: ICU's formatters for three languages cost 10-20 ms of the load. */
let months: ReturnType<typeof monthNames> | undefined;

/**
 * Reads a date typed in any of the four calendars, in English, Turkish or Russian: ISO
 * (`1920-04-23`), day-month-year with figures (`23.04.1920`, `23/04/1920`) or with the month's
 * name in either order (`23 April 1920`, `October 25, 1917`), and the calendar said by a word
 * (`O.S.`, `ст. ст.`, `Rumi`, `AH`) or by the month (`23 Nisan 1336`, `1 Muharrem 1339`). A
 * Rumi or Hijri year is told from a Christian one by its size. Only a date that exists, in
 * 1900-1930, is read; anything else comes back as a problem to show as it is.
 *
 * @param calendar - the calendar to read in whatever the text says, as `--calendar` asks
 * @example
 * parseCalendarDate('23 Nisan 1336'); // { ok: true, day: dayOf('1920-04-23'), date: { calendar: 'rumi', year: 1336, month: 4, day: 23 } }
 */
export function parseCalendarDate(text: string, calendar?: Calendar): CalendarDateReading {
  const shown = text.trim().slice(0, 60);
  const fail = (key: string, params: Record<string, string | number> = {}): CalendarDateReading => ({ ok: false, problem: { key, params: { text: shown, ...params } } });
  let rest = normalise(text).replace(YEAR_WORD, ' ');
  const said = new Set<Calendar>();
  for (const [name, pattern] of MARKERS) rest = rest.replace(pattern, () => (said.add(name), ' '));
  if (said.size > 1) return fail('date.twoCalendars');
  // Brackets and commas only set words apart: "25 октября 1917 (ст. ст.)", "October 25, 1917".
  rest = rest.replace(/[(),]/g, ' ');
  const numbers = rest.match(/\d+/g) ?? [];
  const word = rest.replace(/[^\p{L}]/gu, '');
  let year: number, month: number, day: number;
  let family: 'solar' | 'hijri' = 'solar';
  const { solar, hijri } = (months ??= monthNames());
  if (word === '' && numbers.length === 3 && /^\s*\d{1,4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,4}\s*$/.test(rest)) {
    // ISO wants two-digit months and days, so that "1920-04-2", typed on the way to "1920-04-23", is not a date yet.
    const [a, b, c] = numbers as [string, string, string];
    if (a.length === 4 && b.length === 2 && c.length === 2) [year, month, day] = [Number(a), Number(b), Number(c)];
    else if (c.length >= 3 && a.length <= 2) [day, month, year] = [Number(a), Number(b), Number(c)];
    else return fail('date.unreadable');
  } else if (word !== '' && numbers.length === 2 && (solar.has(word) || hijri.has(word))) {
    const yearAt = numbers.findIndex((n) => n.length >= 3);
    if (yearAt === -1 || numbers[1 - yearAt]!.length > 2) return fail('date.unreadable');
    [year, day] = [Number(numbers[yearAt]), Number(numbers[1 - yearAt])];
    family = hijri.has(word) ? 'hijri' : 'solar';
    month = (family === 'hijri' ? hijri : solar).get(word)!;
  } else return fail('date.unreadable');

  const named = calendar ?? [...said][0];
  // A year under 1500 is counted from the Hijra: Rumi for a solar month, Hijri for a lunar one.
  const inferred: Calendar = family === 'hijri' ? 'hijri' : year < 1500 ? 'rumi' : 'gregorian';
  if (named === undefined && word === '' && year < 1500) return fail('date.whichCalendar', { year: String(year) });
  const chosen = named ?? inferred;
  if ((family === 'hijri') !== (chosen === 'hijri') && word !== '') return fail('date.wrongMonth');
  const date: CalendarDate = { calendar: chosen, year, month, day };
  const found = fromCalendarDate(date);
  return found === null ? fail(...whyNot(date)) : { ok: true, day: found, date };
}

/** Why a date of the right form names no day, as a message key and its values (years as text, which are not counts to write 1,336). */
function whyNot(date: CalendarDate): [string, Record<string, string | number>?] {
  const { calendar, year, month, day } = date;
  if (month < 1 || month > 12) return ['date.unreadable'];
  if (calendar === 'rumi' && year > 1341) return ['date.rumiEnded'];
  if (calendar === 'rumi' && year === 1333 && month < 3) return ['date.rumiTenMonths'];
  if (calendar === 'rumi' && year === 1332 && month === 2 && day >= 16 && day <= 29) return ['date.rumiSkipped'];
  const days = [31, 30, 29, 28].find((d) => fromCalendarDate({ ...date, day: d }) !== null);
  if (days === undefined) return ['date.outsideSpan', { first: String(yearOf(CALENDAR_SPAN.first)), last: String(yearOf(CALENDAR_SPAN.last)) }];
  return ['date.noSuchDay', { count: days }];
}

function yearOf(day: Day): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** Lower case, without accents, dotless ı as i and ё as е: "Kânun-ı sâni" and "kanunisani" meet, as "Şaʻban" and "saban" do. */
function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/ё/g, 'е');
}

/** The month names ICU knows in the three languages, full and short, with the spellings above; each keyed as `normalise` leaves it, letters only. */
function monthNames(): { solar: Map<string, number>; hijri: Map<string, number> } {
  const key = (name: string) => normalise(name).replace(/[^\p{L}]/gu, '');
  const solar = new Map(Object.entries(SOLAR_SPELLINGS));
  const hijri = new Map(Object.entries(HIJRI_SPELLINGS));
  for (const locale of LOCALES) {
    for (const month of ['long', 'short'] as const) {
      // Alone and beside a day: Russian says "январь" but "1 января".
      const formats = [new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }), new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' })];
      const lunar = [new Intl.DateTimeFormat(`${locale}-u-ca-islamic-civil`, { month, timeZone: 'UTC' }), new Intl.DateTimeFormat(`${locale}-u-ca-islamic-civil`, { month, day: 'numeric', timeZone: 'UTC' })];
      for (let m = 1; m <= 12; m++) {
        const nameOf = (format: Intl.DateTimeFormat, day: Day) => format.formatToParts(new Date(day * 86_400_000)).find((p) => p.type === 'month')!.value;
        const solarDay = Date.UTC(2000, m - 1, 15) / 86_400_000;
        const hijriDay = fromCalendarDate({ calendar: 'hijri', year: 1340, month: m, day: 15 })!;
        for (const format of formats) solar.set(key(nameOf(format, solarDay)), m);
        for (const format of lunar) hijri.set(key(nameOf(format, hijriDay)), m);
      }
    }
  }
  return { solar, hijri };
}
