import { describe, expect, it } from 'vitest';
import { parseAidQueryArgs } from '../../src/cli/aid_query_args.ts';
import { dayOf } from '../../src/data/dates.ts';

describe('parseAidQueryArgs', () => {
  it('reads --from and --to as days, both optional, in any calendar', () => {
    expect(parseAidQueryArgs(['--aid', '--to', '1922-06-01'])).toEqual({ ok: true, help: false, from: -Infinity, to: dayOf('1922-06-01'), json: false });
    expect(parseAidQueryArgs(['--aid', '--from', '1921', '--to', '23 Nisan 1338', '--json'])).toEqual({ ok: true, help: false, from: dayOf('1921-01-01'), to: dayOf('1922-04-23'), json: true });
    expect(parseAidQueryArgs(['--aid'])).toEqual({ ok: true, help: false, from: -Infinity, to: Infinity, json: false });
    expect(parseAidQueryArgs(['--aid', '-h'])).toEqual({ ok: true, help: true });
  });
  it('says what is wrong in one line', () => {
    expect(parseAidQueryArgs(['--aid', '--to', '1922-02-30'])).toEqual({ ok: false, message: '--to "1922-02-30" is not a real date: 1922-02 has 28 days' });
    expect(parseAidQueryArgs(['--aid', '--from', '1922', '--to', '1921'])).toEqual({ ok: false, message: '--from 1922-01-01 comes after --to 1921-01-01; give the earlier day first' });
    expect(parseAidQueryArgs(['--aid', '--to'])).toEqual({ ok: false, message: '--to has no value; give a date such as 1922-06-01' });
    expect(parseAidQueryArgs(['--aid', '--lon', '41'])).toEqual({ ok: false, message: '--aid takes --from, --to, --json and --help, not --lon' });
    expect(parseAidQueryArgs(['--aid', '--to', '1922', '--to', '1923'])).toEqual({ ok: false, message: '--to is given twice; give it once' });
  });
});
