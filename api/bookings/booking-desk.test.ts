import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError, type Booking } from '../../core/index.ts';
import type { Database } from '../../knowledge/index.ts';
import type { BookingResult } from './booking.ts';
import { BookingDesk } from './booking-desk.ts';
import { addStylist, everyDay, openBookingTestStore, resetBookings } from './booking-test-store.ts';
import { seedDemoStaff } from './demo-staff.ts';

let db: Database;
let now: Date;
let desk: BookingDesk;

beforeAll(async () => {
  db = await openBookingTestStore();
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await resetBookings(db);
  // Friday 27 March 2026, 09:00 in Paris: two days before Europe's DST change, after the US one.
  now = new Date('2026-03-27T08:00:00Z');
  desk = new BookingDesk({ db, clock: () => now });
  await addStylist(db, {
    id: 'camille',
    name: 'Camille Laurent',
    timeZone: 'Europe/Paris',
    availability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '10:00', end: '12:00' })),
  });
});

const customer = { name: 'Ann Shopper', email: 'ann@example.com', timeZone: 'Europe/London' };

function booked(result: BookingResult | null): Booking {
  if (!result?.ok) throw new Error(`expected a booking, got ${JSON.stringify(result)}`);
  return result.booking;
}

async function starts(query: Parameters<BookingDesk['slots']>[0]): Promise<string[]> {
  return (await desk.slots(query)).slots.map((slot) => slot.start);
}

async function confirmedCount(): Promise<number> {
  const { rows } = await db.query<{ count: number }>(`select count(*)::int as count from bookings where status = 'confirmed'`);
  return rows[0]!.count;
}

describe('slots', () => {
  it('shows Paris hours in New York and Tokyo, labelled in the viewer zone', async () => {
    const newYork = await desk.slots({ from: '2026-03-30', days: 1, timeZone: 'America/New_York' });
    expect(newYork.timeZone).toBe('America/New_York');
    expect(newYork.slots[0]).toEqual({
      start: '2026-03-30T08:00:00.000Z',
      end: '2026-03-30T08:30:00.000Z',
      staffId: 'camille',
      staffName: 'Camille Laurent',
      label: 'Mon 30 Mar, 04:00',
    });
    expect(newYork.slots.map((slot) => slot.label)).toEqual(['Mon 30 Mar, 04:00', 'Mon 30 Mar, 04:30', 'Mon 30 Mar, 05:00', 'Mon 30 Mar, 05:30']);
    const tokyo = await desk.slots({ from: '2026-03-30', days: 1, timeZone: 'asia/tokyo' });
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
    expect(tokyo.slots.map((slot) => slot.label)).toEqual(['Mon 30 Mar, 17:00', 'Mon 30 Mar, 17:30', 'Mon 30 Mar, 18:00', 'Mon 30 Mar, 18:30']);
  });

  it('keeps local 10:00 at 10:00 through the DST change week', async () => {
    now = new Date('2026-03-27T05:00:00Z');
    const { slots } = await desk.slots({ from: '2026-03-27', days: 4, timeZone: 'Europe/Paris' });
    const firstOfDay = slots.filter((slot) => slot.label.endsWith('10:00'));
    expect(firstOfDay.map((slot) => [slot.label, slot.start])).toEqual([
      ['Fri 27 Mar, 10:00', '2026-03-27T09:00:00.000Z'],
      ['Mon 30 Mar, 10:00', '2026-03-30T08:00:00.000Z'],
    ]);
    expect(slots).toHaveLength(8);
  });

  it('moves a New York stylist in Paris time during the weeks the two zones are out of step', async () => {
    await addStylist(db, { id: 'maya', name: 'Maya Chen', timeZone: 'America/New_York', availability: [{ weekday: 3, start: '09:00', end: '09:30' }] });
    now = new Date('2026-02-27T08:00:00Z');
    const { slots } = await desk.slots({ from: '2026-03-02', days: 28, timeZone: 'Europe/Paris', staffId: 'maya' });
    expect(slots.map((slot) => slot.label)).toEqual(['Wed 4 Mar, 15:00', 'Wed 11 Mar, 14:00', 'Wed 18 Mar, 14:00', 'Wed 25 Mar, 14:00']);
  });

  it('merges every stylist by start and lists only active ones', async () => {
    await addStylist(db, { id: 'maya', name: 'Maya Chen', timeZone: 'America/New_York', slotMinutes: 45, availability: everyDay('04:00', '04:45') });
    await addStylist(db, { id: 'gone', name: 'Former Stylist', timeZone: 'UTC', availability: everyDay('00:00', '23:30'), active: false });
    expect(await desk.listStaff()).toEqual([
      { id: 'camille', name: 'Camille Laurent', title: 'Stylist', timeZone: 'Europe/Paris' },
      { id: 'maya', name: 'Maya Chen', title: 'Stylist', timeZone: 'America/New_York' },
    ]);
    const { slots } = await desk.slots({ from: '2026-03-30', days: 1, timeZone: 'UTC' });
    expect(slots.map((slot) => `${slot.start.slice(11, 16)} ${slot.staffId}`)).toEqual(['08:00 camille', '08:00 maya', '08:30 camille', '09:00 camille', '09:30 camille']);
    await expect(desk.slots({ from: '2026-03-30', timeZone: 'UTC', staffId: 'gone' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('hides booked slots and offers them again once cancelled', async () => {
    const booking = booked(await desk.book({ ...customer, start: '2026-03-30T08:30:00.000Z' }));
    expect(await starts({ from: '2026-03-30', days: 1, timeZone: 'UTC' })).toEqual([
      '2026-03-30T08:00:00.000Z',
      '2026-03-30T09:00:00.000Z',
      '2026-03-30T09:30:00.000Z',
    ]);
    await desk.cancel(booking.id);
    expect(await starts({ from: '2026-03-30', days: 1, timeZone: 'UTC' })).toContain('2026-03-30T08:30:00.000Z');
  });

  it('offers nothing that starts within the next hour', async () => {
    now = new Date('2026-03-30T07:45:00Z'); // Monday 09:45 in Paris
    expect(await starts({ from: '2026-03-30', days: 1, timeZone: 'Europe/Paris' })).toEqual(['2026-03-30T09:00:00.000Z', '2026-03-30T09:30:00.000Z']);
    expect(await desk.book({ ...customer, start: '2026-03-30T08:30:00.000Z' })).toEqual({ ok: false, reason: expect.stringMatching(/not offered/) });
    expect(await confirmedCount()).toBe(0);
  });

  it('starts at today in the viewer zone by default and rejects bad queries', async () => {
    now = new Date('2026-03-29T23:30:00Z'); // Sunday evening in New York, Monday morning in Paris
    expect((await desk.slots({ timeZone: 'America/New_York', days: 1 })).slots).toEqual([]);
    expect((await desk.slots({ timeZone: 'Europe/Paris', days: 1 })).slots).toHaveLength(4);
    await expect(desk.slots({ timeZone: 'Mars/Olympus_Mons' })).rejects.toMatchObject({ kind: 'invalid-input', message: expect.stringMatching(/^timeZone: /) });
    await expect(desk.slots({ timeZone: 'UTC', days: 32 })).rejects.toMatchObject({ kind: 'invalid-input', message: expect.stringMatching(/^days: /) });
    await expect(desk.slots({ timeZone: 'UTC', from: '30/03/2026' })).rejects.toMatchObject({ kind: 'invalid-input', message: expect.stringMatching(/^from: /) });
  });
});

describe('book', () => {
  it('books an offered slot with an unguessable id and the call room', async () => {
    const booking = booked(await desk.book({ ...customer, start: '2026-03-30T10:00:00+02:00', staffId: 'camille', note: ' Wedding guest look ' }));
    expect(booking).toEqual({
      id: expect.stringMatching(/^bk_[A-Za-z0-9_-]{22}$/),
      staffId: 'camille',
      staffName: 'Camille Laurent',
      customerName: 'Ann Shopper',
      email: 'ann@example.com',
      start: '2026-03-30T08:00:00.000Z',
      end: '2026-03-30T08:30:00.000Z',
      timeZone: 'Europe/London',
      status: 'confirmed',
      note: 'Wedding guest look',
      roomId: `call:${booking.id}`,
      sequence: 0,
      updatedAt: now.toISOString(),
    });
    expect(await desk.get(booking.id)).toEqual(booking);
    expect(await desk.get('bk_unknown')).toBeNull();
  });

  it('lets exactly one of two simultaneous bookings of a slot win', async () => {
    let inserts = 0;
    const counting: Database = { ...db, query: (sql, params) => (sql.includes('insert into bookings') && inserts++, db.query(sql, params)) };
    const racer = new BookingDesk({ db: counting, clock: () => now });
    const request = { ...customer, start: '2026-03-30T08:00:00.000Z', staffId: 'camille' };
    const results = await Promise.all([racer.book(request), racer.book({ ...request, name: 'Bea Rival' })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: expect.stringMatching(/just booked/) });
    // Both passed the availability check: the unique index decided.
    expect(inserts).toBe(2);
    expect(await confirmedCount()).toBe(1);
  });

  it('gives a slot to the next free stylist when none is named', async () => {
    await addStylist(db, { id: 'maya', name: 'Maya Chen', timeZone: 'America/New_York', availability: everyDay('04:00', '04:30') });
    const start = '2026-03-30T08:00:00.000Z';
    const results = await Promise.all([desk.book({ ...customer, start }), desk.book({ ...customer, start, name: 'Bea' })]);
    expect(results.map((result) => booked(result).staffId).sort()).toEqual(['camille', 'maya']);
    expect(await desk.book({ ...customer, start, name: 'Cleo' })).toMatchObject({ ok: false });
  });

  it.each([
    ['name', { name: ' ' }],
    ['name', { name: 'x'.repeat(81) }],
    ['email', { email: 'ann at example' }],
    ['timeZone', { timeZone: 'Europe/Atlantis' }],
    ['note', { note: 'x'.repeat(501) }],
    ['start', { start: 'next monday' }],
  ])('rejects a bad %s and writes nothing', async (field, change) => {
    const attempt = desk.book({ ...customer, start: '2026-03-30T08:00:00.000Z', ...change });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ kind: 'invalid-input', message: expect.stringContaining(`${field}: `) });
    expect(await db.query('select id from bookings')).toEqual(expect.objectContaining({ rows: [] }));
  });

  it('refuses a time that is not a slot and an unknown stylist', async () => {
    expect(await desk.book({ ...customer, start: '2026-03-30T08:10:00.000Z' })).toMatchObject({ ok: false });
    expect(await desk.book({ ...customer, start: '2026-03-28T09:00:00.000Z' })).toMatchObject({ ok: false }); // Saturday
    await expect(desk.book({ ...customer, start: '2026-03-30T08:00:00.000Z', staffId: 'nobody' })).rejects.toMatchObject({ kind: 'not-found' });
    expect(await confirmedCount()).toBe(0);
  });
});

describe('reschedule and cancel', () => {
  it('moves a booking: the new slot is taken and the old one freed', async () => {
    const booking = booked(await desk.book({ ...customer, start: '2026-03-30T08:00:00.000Z' }));
    now = new Date('2026-03-27T09:00:00Z');
    const moved = booked(await desk.reschedule(booking.id, '2026-03-30T09:30:00.000Z'));
    expect(moved).toMatchObject({ id: booking.id, staffId: 'camille', start: '2026-03-30T09:30:00.000Z', end: '2026-03-30T10:00:00.000Z', sequence: 1 });
    expect(moved.updatedAt).toBe('2026-03-27T09:00:00.000Z');
    expect(await starts({ from: '2026-03-30', days: 1, timeZone: 'UTC' })).toEqual(['2026-03-30T08:00:00.000Z', '2026-03-30T08:30:00.000Z', '2026-03-30T09:00:00.000Z']);
    booked(await desk.book({ ...customer, name: 'Bea', start: '2026-03-30T08:00:00.000Z' }));
  });

  it('keeps the booking where it was when the new slot is taken', async () => {
    const mine = booked(await desk.book({ ...customer, start: '2026-03-30T08:00:00.000Z' }));
    booked(await desk.book({ ...customer, name: 'Bea', start: '2026-03-30T09:00:00.000Z' }));
    expect(await desk.reschedule(mine.id, '2026-03-30T09:00:00.000Z')).toEqual({ ok: false, reason: expect.any(String) });
    expect(await desk.get(mine.id)).toEqual(mine);
  });

  it('holds one booking per slot when a reschedule races a new booking', async () => {
    const mine = booked(await desk.book({ ...customer, start: '2026-03-30T08:00:00.000Z' }));
    const target = '2026-03-30T09:00:00.000Z';
    const [moved, other] = await Promise.all([desk.reschedule(mine.id, target), desk.book({ ...customer, name: 'Bea', start: target })]);
    expect([moved?.ok, other.ok].filter(Boolean)).toHaveLength(1);
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from bookings where status = 'confirmed' and start_at = $1`, [target]);
    expect(rows[0]!.n).toBe(1);
    expect((await desk.get(mine.id))!.start).toBe(moved?.ok ? target : '2026-03-30T08:00:00.000Z');
  });

  it('rejects a bad start and returns null for an unknown booking', async () => {
    const mine = booked(await desk.book({ ...customer, start: '2026-03-30T08:00:00.000Z' }));
    await expect(desk.reschedule(mine.id, 'soon')).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(await desk.reschedule('bk_nope', '2026-03-30T09:00:00.000Z')).toBeNull();
    expect(await desk.cancel('bk_nope')).toBeNull();
  });

  it('cancels once, frees the slot, and refuses to move a cancelled booking', async () => {
    const mine = booked(await desk.book({ ...customer, start: '2026-03-30T08:00:00.000Z' }));
    const cancelled = await desk.cancel(mine.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(await desk.cancel(mine.id)).toEqual(cancelled);
    expect(await desk.reschedule(mine.id, '2026-03-30T09:00:00.000Z')).toEqual({ ok: false, reason: expect.stringMatching(/cancelled/) });
    booked(await desk.book({ ...customer, name: 'Bea', start: '2026-03-30T08:00:00.000Z' }));
  });

  it('lists recent and upcoming bookings, cancelled ones included, soonest first', async () => {
    const late = booked(await desk.book({ ...customer, start: '2026-03-31T09:00:00.000Z' }));
    const early = booked(await desk.book({ ...customer, start: '2026-03-30T09:00:00.000Z' }));
    await desk.cancel(early.id);
    expect((await desk.list()).map((booking) => [booking.id, booking.status])).toEqual([
      [early.id, 'cancelled'],
      [late.id, 'confirmed'],
    ]);
    expect((await desk.list({ from: new Date('2026-03-31T00:00:00Z') })).map((booking) => booking.id)).toEqual([late.id]);
  });
});

describe('seedDemoStaff', () => {
  it('adds the two demo stylists once, and never to a store with its own staff', async () => {
    expect(await seedDemoStaff(db)).toBe(false);
    await resetBookings(db);
    expect(await seedDemoStaff(db)).toBe(true);
    expect(await seedDemoStaff(db)).toBe(false);
    expect((await desk.listStaff()).map((member) => member.name)).toEqual(['Camille Laurent', 'Maya Chen']);
    const { slots } = await desk.slots({ from: '2026-03-30', days: 1, timeZone: 'America/New_York', staffId: 'maya-chen' });
    expect(slots.map((slot) => slot.label)).toEqual(['Mon 30 Mar, 09:00', 'Mon 30 Mar, 09:45', 'Mon 30 Mar, 10:30', 'Mon 30 Mar, 11:15', 'Mon 30 Mar, 12:00', 'Mon 30 Mar, 12:45', 'Mon 30 Mar, 13:30', 'Mon 30 Mar, 14:15', 'Mon 30 Mar, 15:00', 'Mon 30 Mar, 15:45']);
  });
});

describe('booking horizon', () => {
  it(`offers and books nothing more than ${90} days ahead`, async () => {
    expect(await starts({ from: '2026-06-22', days: 7, timeZone: 'Europe/Paris' })).not.toEqual([]);
    expect(await starts({ from: '2026-07-01', days: 7, timeZone: 'Europe/Paris' })).toEqual([]);
    const result = await desk.book({ ...customer, start: '2026-07-06T08:00:00Z', staffId: 'camille' });
    expect(result.ok).toBe(false);
  });
});
