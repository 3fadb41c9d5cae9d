import { AppError, type StaffMember } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import { readAvailability, type StaffSchedule } from './availability.ts';

interface StaffRow {
  id: string;
  name: string;
  title: string;
  time_zone: string;
  availability: unknown;
  slot_minutes: number;
}

/** Active staff, by name. */
export async function listActiveStaff(db: Queryable): Promise<StaffMember[]> {
  const { rows } = await db.query<StaffRow>('select id, name, title, time_zone from staff where active order by name, id');
  return rows.map((row) => ({ id: row.id, name: row.name, title: row.title, timeZone: row.time_zone }));
}

/**
 * The schedules of the active staff, or of one of them; a `staffId` that names no active staff
 * member is a not-found error (a stale link to a stylist who left).
 */
export async function loadSchedules(db: Queryable, staffId?: string): Promise<StaffSchedule[]> {
  const { rows } = await db.query<StaffRow>(
    `select id, name, title, time_zone, availability, slot_minutes from staff
     where active and ($1::text is null or id = $1) order by name, id`,
    [staffId ?? null],
  );
  if (staffId && rows.length === 0) throw new AppError('not-found', `No stylist with id "${staffId}" is taking bookings.`);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    slotMinutes: Number(row.slot_minutes),
    rules: readAvailability(typeof row.availability === 'string' ? JSON.parse(row.availability) : row.availability),
  }));
}
