/**
 * Core writes UK clock times, day and month names and whole numbers without Intl (a page's first
 * Intl.DateTimeFormat or NumberFormat is the costliest thing an event card would do). Intl is the oracle
 * here: every answer is checked against it, in Chromium and Firefox.
 */
import { expect } from '@open-wc/testing';
import { ENGLISH_DAYS, ENGLISH_MONTHS, formatCount, fromLondonWallClock, londonWallClock, plural } from '@ctkit/core';

const intlLondon = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** London's wall clock at `time`, as Intl reads it. */
function intlWallClock(time: number) {
  const parts: Record<string, number> = {};
  for (const p of intlLondon.formatToParts(time)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute,
    second: parts.second,
  };
}

const HOUR = 3_600_000;

describe('UK clock without Intl', () => {
  it('agrees with Intl every 15 minutes for three hours either side of every change, 1996 to 2099', () => {
    let checked = 0;
    for (let year = 1996; year <= 2099; year++) {
      for (const month of [3, 10]) {
        // The last Sunday of the month, 01:00 GMT: the change.
        const last = new Date(Date.UTC(year, month, 0));
        const change = Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1);
        expect(new Date(change).getUTCDay(), `${year}-${month}`).to.equal(0);
        for (let t = change - 3 * HOUR; t <= change + 3 * HOUR; t += HOUR / 4) {
          expect(londonWallClock(new Date(t)), new Date(t).toISOString()).to.deep.equal(intlWallClock(t));
          checked++;
        }
      }
    }
    expect(checked).to.equal(104 * 2 * 25);
  });

  it('agrees with Intl at noon and midnight on the 1st and 15th of every month, 1996 to 2099', () => {
    for (let year = 1996; year <= 2099; year++)
      for (let month = 0; month < 12; month++)
        for (const day of [1, 15])
          for (const hour of [0, 12, 23]) {
            const t = Date.UTC(year, month, day, hour, 30, 15);
            expect(londonWallClock(new Date(t)), new Date(t).toISOString()).to.deep.equal(intlWallClock(t));
          }
  });

  it('asks Intl outside the years the rule is written for', () => {
    for (const iso of [
      '1968-06-01T12:00:00Z',
      '1971-01-15T12:00:00Z',
      '1990-10-28T00:30:00Z',
      '2150-07-01T12:00:00Z',
    ]) {
      const t = Date.parse(iso);
      expect(londonWallClock(new Date(t)), iso).to.deep.equal(intlWallClock(t));
    }
  });

  it('turns UK wall-clock times back into instants, on both sides of a change', () => {
    expect(fromLondonWallClock(2026, 3, 29, 0, 30).toISOString()).to.equal('2026-03-29T00:30:00.000Z');
    expect(fromLondonWallClock(2026, 3, 29, 2, 30).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    expect(fromLondonWallClock(2026, 10, 25, 0, 30).toISOString()).to.equal('2026-10-24T23:30:00.000Z');
    expect(fromLondonWallClock(2026, 10, 25, 3, 0).toISOString()).to.equal('2026-10-25T03:00:00.000Z');
    expect(fromLondonWallClock(2026, 12, 4, 18).toISOString()).to.equal('2026-12-04T18:00:00.000Z');
  });
});

describe('English day and month names', () => {
  it('are Intl’s en-GB names', () => {
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2026, 11, 6 + d, 12));
      const intl = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(date);
      expect(ENGLISH_DAYS[date.getUTCDay()]).to.equal(intl);
    }
    for (let m = 0; m < 12; m++) {
      const intl = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, m, 15)),
      );
      expect(ENGLISH_MONTHS[m]).to.equal(intl);
    }
  });
});

describe('whole numbers', () => {
  it('are grouped as Intl’s en-GB groups them, in English and Welsh', () => {
    const intl = new Intl.NumberFormat('en-GB');
    for (const n of [0, 1, 7, 42, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 123_456_789, -5, -1234])
      for (const locale of ['en', 'cy'] as const) expect(formatCount(n, locale), `${n}`).to.equal(intl.format(n));
  });

  it('hands fractions to Intl', () => {
    expect(formatCount(2.5, 'en')).to.equal(new Intl.NumberFormat('en-GB').format(2.5));
  });

  it('fill in {count} in plural forms', () => {
    expect(plural('en', 1200, { one: '1 member', other: '{count} members' })).to.equal('1,200 members');
    expect(plural('cy', 3, { few: '{count} lle', other: '{count} o leoedd' })).to.equal('3 lle');
  });
});
