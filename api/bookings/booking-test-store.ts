import { type Database, HashingEmbeddingModel, openPgliteDatabase, prepareStore } from '../../knowledge/index.ts';
import type { AvailabilityRule } from './availability.ts';

/** Test support (no test runs from here): an in-memory store with every migration applied. */
export async function openBookingTestStore(): Promise<Database> {
  const db = await openPgliteDatabase();
  await prepareStore(db, new HashingEmbeddingModel());
  return db;
}

/** Empties bookings and staff, so each test starts from its own stylists. */
export async function resetBookings(db: Database): Promise<void> {
  await db.query('delete from bookings');
  await db.query('delete from staff');
}

export interface TestStylist {
  id: string;
  name: string;
  timeZone: string;
  availability: AvailabilityRule[];
  slotMinutes?: number;
  active?: boolean;
}

export async function addStylist(db: Database, stylist: TestStylist): Promise<void> {
  await db.query(
    'insert into staff (id, name, title, time_zone, availability, slot_minutes, active) values ($1, $2, $3, $4, $5, $6, $7)',
    [stylist.id, stylist.name, 'Stylist', stylist.timeZone, JSON.stringify(stylist.availability), stylist.slotMinutes ?? 30, stylist.active ?? true],
  );
}

/** Every weekday, Monday to Sunday, from `start` to `end`. */
export const everyDay = (start: string, end: string): AvailabilityRule[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));
