import { expect } from '@open-wc/testing';
import { calendarDayIn, dueDayIn, dueStateOf, dueTimeIn, isDue, nextDayStartIn, todayIn } from '../../src/data/due.js';
import { parseDueDate } from '../../src/data/due-date.js';
import { parseTicket } from '../../src/data/parse-ticket.js';
import type { DueDate, Ticket } from '../../src/data/types.js';
import { record } from '../support/records.js';

function due(value: string): DueDate {
  const parsed = parseDueDate(value);
  if (!parsed) throw new Error(`test due date ${value} does not parse`);
  return parsed;
}

function ticketDue(dueDate: string | null): Ticket {
  const result = parseTicket(record({ dueDate }));
  if (!result.ok) throw new Error(result.reason);
  return result.ticket;
}

const WEST = 'America/Los_Angeles';
const EAST = 'Asia/Tokyo';

describe('due logic', () => {
  describe('today', () => {
    it('is the calendar day in the given zone', () => {
      const instant = new Date('2026-12-04T03:00:00Z');

      expect(todayIn(WEST, instant)).to.equal('2026-12-03');
      expect(todayIn('UTC', instant)).to.equal('2026-12-04');
      expect(todayIn(EAST, instant)).to.equal('2026-12-04');
    });

    it('changes at local midnight, not at UTC midnight', () => {
      expect(calendarDayIn(new Date('2026-12-05T07:59:59Z'), WEST)).to.equal('2026-12-04');
      expect(calendarDayIn(new Date('2026-12-05T08:00:00Z'), WEST)).to.equal('2026-12-05');
      expect(calendarDayIn(new Date('2026-12-04T14:59:59Z'), EAST)).to.equal('2026-12-04');
      expect(calendarDayIn(new Date('2026-12-04T15:00:00Z'), EAST)).to.equal('2026-12-05');
    });
  });

  describe('next day start', () => {
    const nextDayStart = (zone: string, now: string) => new Date(nextDayStartIn(zone, Date.parse(now))).toISOString();

    it('is local midnight west and east of UTC', () => {
      expect(nextDayStart(WEST, '2026-12-04T23:59:00-08:00')).to.equal('2026-12-05T08:00:00.000Z');
      expect(nextDayStart(EAST, '2026-12-04T23:59:00+09:00')).to.equal('2026-12-04T15:00:00.000Z');
      expect(nextDayStart('UTC', '2026-12-04T00:00:00Z')).to.equal('2026-12-05T00:00:00.000Z');
    });

    it('moves a skipped midnight to the first time that exists', () => {
      // Each zone moves its clocks from 00:00 to 01:00 on that day.
      expect(nextDayStart('America/Santiago', '2026-09-05T12:00:00-04:00')).to.equal('2026-09-06T04:00:00.000Z');
      expect(nextDayStart('America/Havana', '2026-03-07T12:00:00-05:00')).to.equal('2026-03-08T05:00:00.000Z');
      expect(nextDayStart('Asia/Beirut', '2026-03-28T12:00:00+02:00')).to.equal('2026-03-28T22:00:00.000Z');
    });

    it('is the one midnight after a repeated hour', () => {
      // Santiago moves its clocks from 00:00 back to 23:00 on 5 April 2026.
      expect(nextDayStart('America/Santiago', '2026-04-04T23:30:00-03:00')).to.equal('2026-04-05T04:00:00.000Z');
    });
  });

  describe('due times', () => {
    const dueTime = (value: string, zone: string) => new Date(dueTimeIn(due(value), zone)).toISOString();

    it('put a date-only value at the last millisecond of its day', () => {
      expect(dueTime('2026-12-04', WEST)).to.equal('2026-12-05T07:59:59.999Z');
      expect(dueTime('2026-12-04', EAST)).to.equal('2026-12-04T14:59:59.999Z');
      // The next midnight is skipped, so the day ends at 23:59:59.999 -04:00.
      expect(dueTime('2026-09-05', 'America/Santiago')).to.equal('2026-09-06T03:59:59.999Z');
    });

    it('read a wall-clock time in the zone', () => {
      expect(dueTime('2026-12-04T17:00:00', WEST)).to.equal('2026-12-05T01:00:00.000Z');
      expect(dueTime('2026-12-04T17:00:00', EAST)).to.equal('2026-12-04T08:00:00.000Z');
    });

    it('move a skipped wall-clock time forward', () => {
      expect(dueTime('2026-03-08T02:30:00', 'America/New_York')).to.equal('2026-03-08T07:30:00.000Z');
    });

    it('take the earlier of a repeated wall-clock time', () => {
      expect(dueTime('2026-11-01T01:30:00', 'America/New_York')).to.equal('2026-11-01T05:30:00.000Z');
    });
  });

  describe('date-only values', () => {
    it('stay the same day west and east of UTC', () => {
      expect(dueDayIn(due('2026-12-04'), WEST)).to.equal('2026-12-04');
      expect(dueDayIn(due('2026-12-04'), EAST)).to.equal('2026-12-04');
    });

    it('are due on their day and after it', () => {
      for (const zone of [WEST, 'UTC', EAST]) {
        expect(dueStateOf(due('2026-12-03'), '2026-12-04', zone), zone).to.equal('overdue');
        expect(dueStateOf(due('2026-12-04'), '2026-12-04', zone), zone).to.equal('today');
        expect(dueStateOf(due('2026-12-05'), '2026-12-04', zone), zone).to.equal('upcoming');
      }
    });
  });

  describe('date-times with an offset', () => {
    it('count by the day they fall on in the zone', () => {
      const evening = due('2026-12-04T20:00:00-08:00');

      expect(dueStateOf(evening, '2026-12-04', WEST)).to.equal('today');
      expect(dueStateOf(evening, '2026-12-04', EAST)).to.equal('upcoming');
      expect(dueStateOf(evening, '2026-12-05', EAST)).to.equal('today');
    });

    it('at the last second of today are due', () => {
      expect(dueStateOf(due('2026-12-04T23:59:59-08:00'), '2026-12-04', WEST)).to.equal('today');
      expect(dueStateOf(due('2026-12-05T00:00:00-08:00'), '2026-12-04', WEST)).to.equal('upcoming');
    });

    it('in UTC early morning are yesterday in the west', () => {
      expect(dueStateOf(due('2026-12-04T02:00:00Z'), '2026-12-03', WEST)).to.equal('today');
      expect(dueStateOf(due('2026-12-04T02:00:00Z'), '2026-12-04', WEST)).to.equal('overdue');
    });
  });

  describe('date-times without an offset', () => {
    it('are wall-clock times in the zone', () => {
      const lateEvening = due('2026-12-04T23:30:00');

      expect(lateEvening.kind).to.equal('wall-clock');
      expect(dueStateOf(lateEvening, '2026-12-04', WEST)).to.equal('today');
      expect(dueStateOf(lateEvening, '2026-12-04', EAST)).to.equal('today');
    });
  });

  describe('isDue', () => {
    it('is true for overdue and today, false otherwise', () => {
      expect(isDue(ticketDue('2026-11-30'), '2026-12-04', WEST)).to.equal(true);
      expect(isDue(ticketDue('2026-12-04'), '2026-12-04', WEST)).to.equal(true);
      expect(isDue(ticketDue('2026-12-05'), '2026-12-04', WEST)).to.equal(false);
    });

    it('is false without a due date', () => {
      expect(dueStateOf(null, '2026-12-04', WEST)).to.equal(null);
      expect(isDue(ticketDue(null), '2026-12-04', WEST)).to.equal(false);
    });
  });
});

describe('parseDueDate', () => {
  it('reads the three forms', () => {
    expect(parseDueDate('2026-12-04')).to.deep.equal({ kind: 'date', day: '2026-12-04', raw: '2026-12-04' });
    expect(parseDueDate('2026-12-04T17:00:00-05:00')?.kind).to.equal('instant');
    expect(parseDueDate('2026-12-04T17:00:00Z')?.kind).to.equal('instant');
    expect(parseDueDate('2026-12-04T17:00')?.kind).to.equal('wall-clock');
  });

  it('rejects strings that are not dates', () => {
    for (const value of ['tomorrow', '2026-02-30', '2026-13-01', '12/04/2026', '2026-12-04T25:00:00Z', '']) {
      expect(parseDueDate(value), value).to.equal(null);
    }
  });

  it('reads offsets and fractions of instants', () => {
    const instant = (value: string) => {
      const parsed = parseDueDate(value);
      return parsed?.kind === 'instant' ? parsed.instant.toISOString() : null;
    };

    expect(instant('2026-12-04T17:00:00+05:30')).to.equal('2026-12-04T11:30:00.000Z');
    expect(instant('2026-12-04T17:00:00-0800')).to.equal('2026-12-05T01:00:00.000Z');
    expect(instant('2026-12-04 17:00Z')).to.equal('2026-12-04T17:00:00.000Z');
    expect(instant('2026-12-04T17:00:00.5Z')).to.equal('2026-12-04T17:00:00.500Z');
    expect(instant('2026-12-04T17:00:00.123456Z')).to.equal('2026-12-04T17:00:00.123Z');
    expect(instant('2026-12-04T24:00:00Z')).to.equal('2026-12-05T00:00:00.000Z');
    expect(instant('0050-06-01T00:00:00Z')).to.equal('0050-06-01T00:00:00.000Z');
  });

  it('checks every field of a date-time', () => {
    for (const value of ['2026-02-29T10:00:00Z', '2026-12-04T10:60:00Z', '2026-12-04T10:00:60Z', '2026-12-04T24:00:01Z', '2026-12-04T24:00:00.5Z', '2026-12-04T10:00:00+05:60', '2026-12-04t10:00:00Z', '2026-12-04T10:00:00z', '2026-12-04T10:00+5']) {
      expect(parseDueDate(value), value).to.equal(null);
    }
  });

  it('accepts leap days only in leap years', () => {
    expect(parseDueDate('2024-02-29')?.kind).to.equal('date');
    expect(parseDueDate('2000-02-29')?.kind).to.equal('date');
    expect(parseDueDate('1900-02-29')).to.equal(null);
    expect(parseDueDate('2026-02-29')).to.equal(null);
  });

  it('keeps a wall-clock time with its seconds', () => {
    expect(parseDueDate('2026-12-04 17:05')).to.deep.equal({ kind: 'wall-clock', wallClock: '2026-12-04T17:05:00', raw: '2026-12-04 17:05' });
    expect(parseDueDate('2026-12-04T17:05:09.75')).to.deep.equal({ kind: 'wall-clock', wallClock: '2026-12-04T17:05:09', raw: '2026-12-04T17:05:09.75' });
  });
});
