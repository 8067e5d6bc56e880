import { expect } from '@open-wc/testing';
import { parseEventTime } from '@ctkit/core';
import {
  WELSH_DAYS,
  WELSH_MONTHS,
  formatDay,
  formatEventDates,
  formatMonth,
  formatTime,
  intlKnowsWelsh,
  softMutate,
} from '../src/dates.js';

const at = (iso: string) => {
  const t = parseEventTime(iso);
  if (!t) throw new Error(`bad test date ${iso}`);
  return t;
};
const write = (start: string, end: string | undefined, locale: 'en' | 'cy', ukTime = false) =>
  formatEventDates(at(start), end ? at(end) : undefined, locale, { ukTime }).text;

describe('event dates in GOV.UK style', () => {
  describe('English', () => {
    it('writes a same-day range with "from" and "to", never a dash', () => {
      expect(write('2026-12-04T12:30:00Z', '2026-12-04T13:30:00Z', 'en')).to.equal(
        'Friday 4 December 2026 from 12:30pm to 1:30pm',
      );
    });
    it('says midday and midnight, and drops ":00"', () => {
      expect(write('2026-12-04T12:00:00Z', '2026-12-05T00:00:00Z', 'en')).to.equal(
        'Friday 4 December 2026 from midday to midnight',
      );
      expect(write('2026-12-04T09:00:00Z', '2026-12-04T17:00:00Z', 'en')).to.equal(
        'Friday 4 December 2026 from 9am to 5pm',
      );
      expect(formatTime(new Date('2026-12-04T00:00:00Z'), 'en')).to.equal('midnight');
      expect(formatTime(new Date('2026-12-04T00:05:00Z'), 'en')).to.equal('12:05am');
      expect(formatTime(new Date('2026-12-04T12:45:00Z'), 'en')).to.equal('12:45pm');
    });
    it('adds "(UK time)" for online events', () => {
      expect(write('2026-12-04T12:30:00Z', '2026-12-04T13:30:00Z', 'en', true)).to.equal(
        'Friday 4 December 2026 from 12:30pm to 1:30pm (UK time)',
      );
    });
    it('writes a start with no end with "at"', () => {
      expect(write('2026-12-04T18:00:00Z', undefined, 'en')).to.equal('Friday 4 December 2026 at 6pm');
    });
    it('writes multi-day ranges out in full', () => {
      expect(write('2026-12-04T10:00:00Z', '2026-12-05T16:00:00Z', 'en')).to.equal(
        '10am on Friday 4 December 2026 to 4pm on Saturday 5 December 2026',
      );
      expect(write('2027-03-19', '2027-03-20', 'en')).to.equal('Friday 19 March 2027 to Saturday 20 March 2027');
      expect(write('2027-03-19', undefined, 'en')).to.equal('Friday 19 March 2027');
    });
    it('shows UK time whatever the offset in the data', () => {
      expect(write('2026-12-04T13:30:00+01:00', '2026-12-04T07:30:00-06:00', 'en')).to.equal(
        'Friday 4 December 2026 from 12:30pm to 1:30pm',
      );
      // No offset: the time is UK time.
      expect(write('2026-07-01T12:00', undefined, 'en')).to.equal('Wednesday 1 July 2026 at midday');
    });
  });

  describe('British Summer Time and Greenwich Mean Time', () => {
    it('moves the clock on the last Sunday of March (29 March 2026)', () => {
      expect(write('2026-03-28T12:00:00Z', undefined, 'en')).to.equal('Saturday 28 March 2026 at midday');
      expect(write('2026-03-29T12:00:00Z', undefined, 'en')).to.equal('Sunday 29 March 2026 at 1pm');
      // 00:30 GMT, then 02:30 BST: the hour from 1am does not exist.
      expect(write('2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', 'en')).to.equal(
        'Sunday 29 March 2026 from 12:30am to 2:30am',
      );
    });
    it('moves it back on the last Sunday of October (25 October 2026)', () => {
      expect(write('2026-10-24T23:00:00Z', '2026-10-25T02:00:00Z', 'en')).to.equal(
        'Sunday 25 October 2026 from midnight to 2am',
      );
      expect(write('2026-10-25T00:30:00Z', undefined, 'en')).to.equal('Sunday 25 October 2026 at 1:30am');
      expect(write('2026-10-25T01:30:00Z', undefined, 'en')).to.equal('Sunday 25 October 2026 at 1:30am');
    });
    it('reads times without an offset as UK time on either side of the change', () => {
      expect(at('2026-10-24T12:00').date.toISOString()).to.equal('2026-10-24T11:00:00.000Z');
      expect(at('2026-10-26T12:00').date.toISOString()).to.equal('2026-10-26T12:00:00.000Z');
      expect(at('2026-03-30T09:15').date.toISOString()).to.equal('2026-03-30T08:15:00.000Z');
    });
  });

  describe('Welsh', () => {
    it('uses Intl’s cy-GB day and month names', () => {
      expect(write('2026-12-04T12:30:00Z', '2026-12-04T13:30:00Z', 'cy')).to.equal(
        'Dydd Gwener 4 Rhagfyr 2026 o 12:30yp i 1:30yp',
      );
      expect(formatMonth(new Date('2026-07-04T12:00:00Z'), 'cy')).to.equal('Gorffennaf 2026');
      expect(formatMonth(new Date('2027-02-04T12:00:00Z'), 'cy')).to.equal('Chwefror 2027');
    });
    it('writes yb and yp, canol dydd and canol nos, with the soft mutation after "o", "i" and "am"', () => {
      expect(write('2026-12-04T12:00:00Z', '2026-12-05T00:00:00Z', 'cy')).to.equal(
        'Dydd Gwener 4 Rhagfyr 2026 o ganol dydd i ganol nos',
      );
      expect(write('2026-12-04T09:00:00Z', undefined, 'cy')).to.equal('Dydd Gwener 4 Rhagfyr 2026 am 9yb');
      expect(write('2026-12-04T12:00:00Z', undefined, 'cy')).to.equal('Dydd Gwener 4 Rhagfyr 2026 am ganol dydd');
      expect(formatTime(new Date('2026-12-04T00:05:00Z'), 'cy')).to.equal('12:05yb');
    });
    it('says "amser y DU" for online events', () => {
      expect(write('2026-12-04T18:00:00Z', '2026-12-04T19:00:00Z', 'cy', true)).to.equal(
        'Dydd Gwener 4 Rhagfyr 2026 o 6yp i 7yp (amser y DU)',
      );
    });
    it('mutates "Dydd" to "Ddydd" after "ar" and "i" in multi-day ranges', () => {
      expect(write('2026-12-04T10:00:00Z', '2026-12-05T16:00:00Z', 'cy')).to.equal(
        '10yb ar Ddydd Gwener 4 Rhagfyr 2026 i 4yp ar Ddydd Sadwrn 5 Rhagfyr 2026',
      );
      expect(write('2027-03-19', '2027-03-21', 'cy')).to.equal('Dydd Gwener 19 Mawrth 2027 i Ddydd Sul 21 Mawrth 2027');
    });
    it('soft-mutates by the rules, keeping capitals and leaving numbers alone', () => {
      expect(softMutate('canol dydd')).to.equal('ganol dydd');
      expect(softMutate('Dydd Llun')).to.equal('Ddydd Llun');
      expect(softMutate('Gwener')).to.equal('Wener');
      expect(softMutate('llyfr')).to.equal('lyfr');
      expect(softMutate('Rhagfyr')).to.equal('Ragfyr');
      expect(softMutate('12:30yp')).to.equal('12:30yp');
      expect(softMutate('amser')).to.equal('amser');
    });
  });

  it('marks each end of the range for <time datetime>', () => {
    const { segments } = formatEventDates(at('2026-12-04T12:30:00Z'), at('2026-12-04T13:30:00Z'), 'en');
    expect(segments.filter((s) => s.datetime).map((s) => s.datetime)).to.deep.equal([
      '2026-12-04T12:30:00Z',
      '2026-12-04T13:30:00Z',
    ]);
    const allDay = formatEventDates(at('2027-03-19'), at('2027-03-20'), 'en').segments;
    expect(allDay.filter((s) => s.datetime).map((s) => s.datetime)).to.deep.equal(['2027-03-19', '2027-03-20']);
  });
});

describe('Welsh names where Intl has no Welsh', () => {
  it('match Intl’s cy-GB names wherever this engine’s Intl knows Welsh', () => {
    if (!intlKnowsWelsh()) {
      // Chromium ships ICU without Welsh: our own names are used, and this check runs in Firefox.
      expect(formatDay(new Date('2026-12-06T12:00:00Z'), 'cy')).to.equal('Dydd Sul 6 Rhagfyr 2026');
      return;
    }
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2026, 11, 6 + d, 12));
      const intl = new Intl.DateTimeFormat('cy-GB', { weekday: 'long', timeZone: 'Europe/London' }).format(date);
      expect(WELSH_DAYS[date.getUTCDay()]).to.equal(intl);
    }
    for (let m = 0; m < 12; m++) {
      const intl = new Intl.DateTimeFormat('cy-GB', { month: 'long', timeZone: 'Europe/London' }).format(
        new Date(Date.UTC(2026, m, 15)),
      );
      expect(WELSH_MONTHS[m]).to.equal(intl);
    }
  });
});
