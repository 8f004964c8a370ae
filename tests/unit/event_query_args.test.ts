import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEventQueryArgs } from '../../src/cli/event_query_args.ts';
import { dayOf } from '../../src/data/dates.ts';

describe('events query arguments', () => {
  it('reads a period, a type, a power and --json', () => {
    expect(parseEventQueryArgs(['--events', '--from', '1921-01-01', '--to', '1921-12-31', '--type', 'treaty', '--power', 'SOV', '--json'])).toEqual({
      ok: true,
      help: false,
      filter: { from: dayOf('1921-01-01'), to: dayOf('1921-12-31'), type: 'treaty', power: 'SOV' },
      json: true,
    });
    expect(parseEventQueryArgs(['--events', '--from', '23 Nisan 1336'])).toMatchObject({ ok: true, filter: { from: dayOf('1920-04-23') } });
  });

  const mistakes: [string, string[], string][] = [
    ['an unknown type', ['--events', '--type', 'riot'], '--type must be one of '],
    ['an unknown power', ['--events', '--power', 'USA'], '--power must be one of '],
    ['a period backwards', ['--events', '--from', '1922', '--to', '1921'], '--from 1922 is after --to 1921; give the earlier day first'],
    ['a bad date', ['--events', '--from', '1921-13'], '--from "1921-13" is not a real date'],
    ['a point option', ['--events', '--lon', '41'], 'unknown option --lon with --events; the options are --from, --to, --type, --power, --json and --help'],
    ['a value given twice', ['--events', '--type', 'battle', '--type', 'treaty'], '--type is given twice; give it once'],
  ];
  for (const [what, argv, message] of mistakes) {
    it(`refuses ${what} in one line`, () => {
      const answer = parseEventQueryArgs(argv);
      expect(answer.ok).toBe(false);
      expect((answer as { message: string }).message.startsWith(message)).toBe(true);
    });
  }
});

describe('the events query CLI', { timeout: 60_000 }, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/query.ts', '--events', ...args], { cwd: root, encoding: 'utf8', timeout: 50_000 });

  it('lists the events of 1921 in date order, as JSON too, and filters them by type and power', () => {
    const text = run('--from', '1921-01-01', '--to', '1921-12-31');
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    const json = JSON.parse(run('--from', '1921-01-01', '--to', '1921-12-31', '--json').stdout) as { id: string; start_date: string; event_type: string; participants: string[] }[];
    expect(text.stdout.split('\n')[0]).toBe(`${json.length} event(s)`);
    expect(json.map((e) => e.start_date)).toEqual(json.map((e) => e.start_date).sort());
    expect(json.map((e) => e.id)).toContain('events-moscow-treaty');
    const treaties = JSON.parse(run('--from', '1921-01-01', '--to', '1921-12-31', '--type', 'treaty', '--power', 'SOV', '--json').stdout) as typeof json;
    expect(treaties.map((e) => e.id)).toEqual(['events-moscow-treaty', 'events-kars-treaty']);
  });

  it('exits 2 with one line on a mistake', () => {
    const { status, stderr, stdout } = run('--type', 'riot');
    expect(status).toBe(2);
    expect(stderr.split('\n').length).toBe(2);
    expect(stdout).toBe('');
  });
});
