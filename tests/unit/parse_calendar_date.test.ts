import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALENDARS, CALENDAR_SPAN, OTHER_CALENDARS, RUMI_MONTHS, fromCalendarDate, type Calendar } from '../../src/data/calendars.ts';
import { parseCalendarDate } from '../../src/data/parse_calendar_date.ts';
import { formatDay } from '../../src/data/dates.ts';
import { validateFeature } from '../../src/data/validate_feature.ts';
import { LANGUAGES } from '../../src/data/contract.ts';
import { say, setLanguage } from '../../src/ui/i18n.ts';
import { calendarDate } from '../../src/ui/date_format.ts';
import { daysInMonth, WHOLE_YEARS } from './month_lengths.ts';

/** The day a text names, as YYYY-MM-DD with its calendar, or the reader's message in English. */
function read(text: string, calendar?: Calendar): string {
  const reading = parseCalendarDate(text, calendar);
  return reading.ok ? `${formatDay(reading.day)} ${reading.date.calendar}` : say(reading.problem);
}

describe('reading a typed date', () => {
  it('reads the forms the issue names, in each calendar', () => {
    expect(read('25 October 1917 O.S.')).toBe('1917-11-07 julian');
    expect(read('23 Nisan 1336')).toBe('1920-04-23 rumi');
    expect(read('29 Teşrinievvel 1339')).toBe('1923-10-29 rumi');
    expect(read('1 Muharram 1339 AH')).toBe('1920-09-15 hijri');
  });

  it('reads ISO dates, day-month-year with figures, and month names before or after the day', () => {
    expect(read('1920-04-23')).toBe('1920-04-23 gregorian');
    expect(read('23.04.1920')).toBe('1920-04-23 gregorian');
    expect(read('23/4/1920')).toBe('1920-04-23 gregorian');
    expect(read('23 April 1920')).toBe('1920-04-23 gregorian');
    expect(read('April 23, 1920')).toBe('1920-04-23 gregorian');
    expect(read('23 Nisan 1920')).toBe('1920-04-23 gregorian');
    expect(read('23 апреля 1920 г.')).toBe('1920-04-23 gregorian');
  });

  it('reads a calendar named by a word in any of the three languages, or by its months', () => {
    expect(read('25 Oct 1917 OS')).toBe('1917-11-07 julian');
    expect(read('25 октября 1917 г. по ст. ст.')).toBe('1917-11-07 julian');
    expect(read('25 Ekim 1917 eski usul')).toBe('1917-11-07 julian');
    expect(read('23.04.1336 Rumi')).toBe('1920-04-23 rumi');
    expect(read('4 Şaban 1338')).toBe('1920-04-23 hijri');
    expect(read('4 Shaban 1338 AH')).toBe('1920-04-23 hijri');
    expect(read('4 шаабан 1338')).toBe('1920-04-23 hijri');
    expect(read('12 Rebiülevvel 1341 H.')).toBe('1922-11-02 hijri');
  });

  it('takes the Rumi month names with or without their accents and the -i- of the izafet', () => {
    for (const text of ['1 Kânunusani 1334', '1 Kanunusani 1334', '1 Kânun-ı sâni 1334', '1 KANUNISANI 1334']) expect(read(text), text).toBe('1918-01-01 rumi');
    for (const text of ['29 Teşrinievvel 1339', '29 Tesrinievvel 1339', '29 Teşrin-i evvel 1339']) expect(read(text), text).toBe('1923-10-29 rumi');
  });

  it('reads in the calendar it is told to, as the query CLI\'s --calendar asks', () => {
    expect(read('1917-10-25', 'julian')).toBe('1917-11-07 julian');
    expect(read('23.04.1336', 'rumi')).toBe('1920-04-23 rumi');
    expect(read('23 Nisan 1336', 'hijri')).toBe('"23 Nisan 1336" names a month of another calendar than the one it is read in.');
  });

  it('refuses what is no date, or no day, with a message that says why', () => {
    expect(read('30 Şubat 1336')).toBe('"30 Şubat 1336" does not exist: that month has 29 days.');
    expect(read('31 April 1920')).toBe('"31 April 1920" does not exist: that month has 30 days.');
    expect(read('20 Şubat 1332')).toBe('"20 Şubat 1332" never existed: by the law of 8 Şubat 1332, the day after 15 Şubat 1332 was 1 Mart 1333 (1 March 1917).');
    expect(read('15 Kânunusani 1333')).toBe('"15 Kânunusani 1333" never existed: the Rumi year 1333 had ten months, Mart to Kânunuevvel 1917, and 1334 began on 1 Kânunusani (1 January 1918).');
    expect(read('1 Kânunusani 1342')).toBe('"1 Kânunusani 1342" never existed: the Rumi calendar ended with 31 Kânunuevvel 1341, and from 1 January 1926 Turkey counted the Gregorian years (Law 698).');
    expect(read('1 January 1899')).toBe('"1 January 1899" falls outside 1900-1930, the years the explorer converts.');
    expect(read('23.04.1336')).toBe('The year 1336 could be Rumi or Hijri: write the month\'s name (23 Nisan 1336) or the calendar (Rumi, AH).');
    expect(read('1918-02-05 O.S. AH')).toBe('"1918-02-05 O.S. AH" names two calendars: keep one.');
    expect(read('4 Zilhicce 1338 O.S.')).toBe('"4 Zilhicce 1338 O.S." names a month of another calendar than the one it is read in.');
    for (const text of ['', 'hello', '23 Foo 1920', '1920-04-2', '23 Nisan', '1920', '12 13 1920']) expect(read(text), text).toMatch(/cannot be read as a date/);
  });

  it('quotes at most 60 characters of what was typed', () => {
    const reading = parseCalendarDate(`${'x'.repeat(500)}`);
    expect(reading.ok ? '' : String(reading.problem.params!.text)).toHaveLength(60);
  });
});

/** Month names as a reader may type them, for each calendar, from sources other than the parser's own tables. */
const MONTH_NAMES: Record<Calendar, string[][]> = {
  gregorian: [['January', 'Ocak', 'января'], ['February', 'Şubat', 'февраля'], ['March', 'Mart', 'марта'], ['April', 'Nisan', 'апреля'], ['May', 'Mayıs', 'мая'], ['June', 'Haziran', 'июня'], ['July', 'Temmuz', 'июля'], ['August', 'Ağustos', 'августа'], ['September', 'Eylül', 'сентября'], ['October', 'Ekim', 'октября'], ['November', 'Kasım', 'ноября'], ['December', 'Aralık', 'декабря']],
  julian: [],
  rumi: RUMI_MONTHS.map((name) => [name, name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i')]),
  hijri: [['Muharrem', 'Muharram'], ['Safer', 'Safar'], ['Rebiülevvel', 'Rabi al-Awwal'], ['Rebiülahir', 'Rabi al-Thani'], ['Cemaziyelevvel', 'Jumada al-Awwal'], ['Cemaziyelahir', 'Jumada al-Thani'], ['Recep', 'Rajab'], ['Şaban', 'Shaban'], ['Ramazan', 'Ramadan'], ['Şevval', 'Shawwal'], ['Zilkade', 'Dhu al-Qadah'], ['Zilhicce', 'Dhu al-Hijjah']],
};
MONTH_NAMES.julian = MONTH_NAMES.gregorian;
const MARK: Record<Calendar, string[]> = { gregorian: [''], julian: [' O.S.', ' (ст. ст.)', ' Julian'], rumi: ['', ' Rumi'], hijri: ['', ' AH', ' Hicri'] };

describe('properties of the reader', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[\d .\/-]{0,20}(O\.S\.|AH|Rumi)?$/)), (text) => void parseCalendarDate(text)), { numRuns: 5000 });
  });

  it('never accepts an impossible date, and reads every possible one as the day it names, however it is written', () => {
    const typed = fc.constantFrom(...CALENDARS).chain((calendar) =>
      fc.record({
        calendar: fc.constant(calendar),
        year: fc.integer({ min: WHOLE_YEARS[calendar][0], max: WHOLE_YEARS[calendar][1] }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 0, max: 32 }),
        spelling: fc.nat(),
        mark: fc.constantFrom(...MARK[calendar]),
        figures: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(typed, ({ calendar, year, month, day, spelling, mark, figures }) => {
        const names = MONTH_NAMES[calendar][month - 1]!;
        // Figures alone are read as Rumi or Hijri only when the calendar is named.
        const text = figures && mark !== '' ? `${day}.${month}.${year}${mark}` : `${day} ${names[spelling % names.length]} ${year}${mark}`;
        const reading = parseCalendarDate(text);
        const exists = day >= 1 && day <= daysInMonth(calendar, year, month);
        expect(reading.ok, text).toBe(exists);
        if (reading.ok) {
          expect(reading.date, text).toEqual({ calendar, year, month, day });
          expect(reading.day).toBe(fromCalendarDate({ calendar, year, month, day }));
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads back every date the explorer writes, in every language, for every day of 1900-1930', async () => {
    const mark: Record<(typeof OTHER_CALENDARS)[number], string> = { julian: ' O.S.', rumi: '', hijri: '' };
    try {
      for (const lang of LANGUAGES) {
        await setLanguage(lang);
        const lost: string[] = [];
        for (let day = CALENDAR_SPAN.first; day <= CALENDAR_SPAN.last; day += 1) {
          for (const calendar of OTHER_CALENDARS) {
            const written = calendarDate(day, calendar);
            if (written === null) continue;
            const reading = parseCalendarDate(`${written}${mark[calendar]}`);
            if (!reading.ok || reading.day !== day) lost.push(`${lang} ${calendar} ${written}`);
          }
        }
        expect(lost.slice(0, 5), lang).toEqual([]);
      }
    } finally {
      await setLanguage('en');
    }
  });
});

describe('a feature\'s original_date (the geodata contract)', () => {
  const feature = (properties: Record<string, unknown>) => ({
    type: 'Feature',
    properties: { id: 'control-test', name: 'Test', kind: 'control', power: 'TUR', control: 'sovereignty', precision: 'surveyed', sources: [{ id: 'xoshgedem', locator: 'x' }], ...properties },
    geometry: { type: 'Polygon', coordinates: [[[32.8, 39.9], [32.9, 39.9], [32.9, 40], [32.8, 40], [32.8, 39.9]]] },
  });
  const problems = (properties: Record<string, unknown>) => validateFeature(feature(properties), new Set(['xoshgedem']));

  it('is accepted when it names the start_date\'s day, or a day in a start_date of a month', () => {
    expect(problems({ start_date: '1920-04-23', original_date: { calendar: 'rumi', text: '23 Nisan 1336' } })).toEqual([]);
    expect(problems({ start_date: '1917-11', original_date: { calendar: 'julian', text: '25 October 1917' } })).toEqual([]);
    expect(problems({ start_date: '1920-04-23', original_date: { calendar: 'hijri', text: '4 Şaban 1338' } })).toEqual([]);
  });

  it('is refused when it names another day, none, or is not {calendar, text}', () => {
    expect(problems({ start_date: '1920-04-24', original_date: { calendar: 'rumi', text: '23 Nisan 1336' } })).toEqual(['original_date "23 Nisan 1336" (rumi) is 1920-04-23, not 1920-04-24']);
    // Read as Julian, "23 April 1920" is 6 May 1920: a Gregorian date mislabelled is caught.
    expect(problems({ start_date: '1920-04-23', original_date: { calendar: 'julian', text: '23 April 1920' } })).toEqual(['original_date "23 April 1920" (julian) is 1920-05-06, not 1920-04-23']);
    expect(problems({ start_date: '1917-02-21', original_date: { calendar: 'rumi', text: '20 Şubat 1332' } })).toEqual(['original_date "20 Şubat 1332" is not a day of the rumi calendar in 1900-1930 (date.rumiSkipped)']);
    expect(problems({ original_date: { calendar: 'rumi', text: '23 Nisan 1336' } })).toEqual(['original_date needs a Gregorian date to agree with']);
    for (const bad of ['23 Nisan 1336', { calendar: 'gregorian', text: '23 April 1920' }, { calendar: 'rumi' }, { calendar: 'rumi', text: '23 Nisan 1336', note: 'x' }, null]) {
      expect(problems({ start_date: '1920-04-23', original_date: bad }), JSON.stringify(bad)).toEqual(['original_date must be {calendar, text} with calendar one of julian, rumi, hijri and a non-empty text']);
    }
  });
});
