import { expect } from '@open-wc/testing';
import { calendarDayIn, dueDayIn, dueStateOf, isDue, todayIn } from '../../src/data/due.js';
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
});
