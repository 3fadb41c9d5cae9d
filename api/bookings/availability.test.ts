import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readAvailability, scheduleSlots, type StaffSchedule } from './availability.ts';

const paris: StaffSchedule = {
  id: 'camille',
  name: 'Camille',
  timeZone: 'Europe/Paris',
  slotMinutes: 30,
  rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '10:00', end: '11:00' })),
};

const local = (date: Date, zone: string) => DateTime.fromJSDate(date, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');

describe('scheduleSlots', () => {
  it('keeps Paris 10:00 at 10:00 across the European DST change (2026-03-29)', () => {
    const slots = scheduleSlots(paris, new Date('2026-03-27T00:00:00Z'), new Date('2026-03-31T00:00:00Z'));
    expect(slots.map((slot) => slot.start.toISOString())).toEqual([
      '2026-03-27T09:00:00.000Z', // Friday, CET (UTC+1)
      '2026-03-27T09:30:00.000Z',
      '2026-03-30T08:00:00.000Z', // Monday, CEST (UTC+2)
      '2026-03-30T08:30:00.000Z',
    ]);
    expect(slots.map((slot) => local(slot.start, 'Europe/Paris'))).toEqual([
      'Fri 2026-03-27 10:00',
      'Fri 2026-03-27 10:30',
      'Mon 2026-03-30 10:00',
      'Mon 2026-03-30 10:30',
    ]);
    expect(slots.every((slot) => slot.end.getTime() - slot.start.getTime() === 30 * 60_000)).toBe(true);
  });

  it('keeps New York 09:00 at 09:00 across the US DST change (2026-03-08)', () => {
    const newYork: StaffSchedule = { ...paris, timeZone: 'America/New_York', slotMinutes: 60, rules: [{ weekday: 5, start: '09:00', end: '10:00' }, { weekday: 1, start: '09:00', end: '10:00' }] };
    const slots = scheduleSlots(newYork, new Date('2026-03-06T00:00:00Z'), new Date('2026-03-10T00:00:00Z'));
    expect(slots.map((slot) => slot.start.toISOString())).toEqual(['2026-03-06T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
  });

  it('steps in elapsed time through a rule that spans the change, so slots never overlap', () => {
    const night: StaffSchedule = { ...paris, slotMinutes: 60, rules: [{ weekday: 7, start: '01:00', end: '04:00' }] };
    const slots = scheduleSlots(night, new Date('2026-03-28T12:00:00Z'), new Date('2026-03-30T00:00:00Z'));
    // 01:00 CET, then 03:00 CEST (02:00 does not exist that night); 04:00 + 1 h would pass the rule's end.
    expect(slots.map((slot) => [slot.start.toISOString(), slot.end.toISOString()])).toEqual([
      ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z'],
      ['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'],
    ]);
  });

  it('offers only whole slots that start inside the window', () => {
    const slots = scheduleSlots({ ...paris, slotMinutes: 45 }, new Date('2026-03-30T08:10:00Z'), new Date('2026-03-31T00:00:00Z'));
    // 10:00–10:45 starts before the window; 10:45–11:30 would end after the rule.
    expect(slots).toEqual([]);
  });
});

describe('readAvailability', () => {
  it('keeps the valid rules of a stored list and drops the rest', () => {
    expect(
      readAvailability([
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 8, start: '09:00', end: '12:00' },
        { weekday: 2, start: '9:00', end: '12:00' },
        { weekday: 3, start: '14:00', end: '10:00' },
        'monday',
      ]),
    ).toEqual([{ weekday: 1, start: '09:00', end: '12:00' }]);
    expect(readAvailability({ weekday: 1 })).toEqual([]);
  });
});
