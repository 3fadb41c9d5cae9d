import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Booking, Slot, StaffMember } from '../../core/index.ts';
import type { Database } from '../../knowledge/index.ts';
import { validate } from '../validate.ts';
import { type OpenSlot, scheduleSlots } from './availability.ts';
import { bookingColumns, bookingFrom, type BookingResult, type BookingRow, toBooking } from './booking.ts';
import { type BookingRequest, bookingRequestSchema, rescheduleSchema, type SlotQuery, slotQuerySchema } from './booking-input.ts';
import { listActiveStaff, loadSchedules } from './staff-directory.ts';
import { slotLabel } from './time-zones.ts';

export interface BookingDeskDependencies {
  db: Database;
  clock: () => Date;
  /** Booking ids; unguessable by default, because the id is half of a customer's access. */
  newId?: () => string;
}

/** Slots closer than this are not offered: the stylist needs time to prepare. */
export const minimumNoticeMs = 3_600_000;
/** A customer may cancel or move a call up to this long before it starts (concierge page: "up to 2 hours before"). */
export const customerChangeNoticeMs = 2 * 3_600_000;
/** How far ahead calls can be booked: staff plan their weeks; nobody can fill next year's calendar. */
export const bookingHorizonDays = 90;
/** Longest slot a staff row allows (its check constraint): bookings this far back can still overlap. */
const longestSlotMs = 240 * 60_000;
/** How far back `list` looks by default: today's past calls stay visible to staff. */
const recentMs = 24 * 3_600_000;
const listLimit = 500;

const notOffered = 'That time is not offered any more (taken, too soon or outside opening hours): please pick another slot.';
const justTaken = 'Someone has just booked that slot: please pick another time.';
const wasCancelled = 'This booking was cancelled: please book a new call instead.';

/** The one-to-one concierge calendar: staff availability, slots and bookings. */
export class BookingDesk {
  private readonly db: Database;
  private readonly clock: () => Date;
  private readonly newId: () => string;

  constructor({ db, clock, newId = newBookingId }: BookingDeskDependencies) {
    this.db = db;
    this.clock = clock;
    this.newId = newId;
  }

  /** The stylists taking bookings. */
  listStaff(): Promise<StaffMember[]> {
    return listActiveStaff(this.db);
  }

  /** Free slots over `days` calendar days of the viewer's zone, from `from` (today by default). */
  async slots(query: SlotQuery): Promise<{ timeZone: string; slots: Slot[] }> {
    const { from, days, timeZone, staffId } = validate(slotQuerySchema, query, 'slots');
    const firstDay = from ? DateTime.fromISO(from, { zone: timeZone }) : DateTime.fromJSDate(this.clock(), { zone: timeZone }).startOf('day');
    const open = await this.openSlots(firstDay.toJSDate(), firstDay.plus({ days }).toJSDate(), staffId);
    return {
      timeZone,
      slots: open.map((slot) => ({
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        staffId: slot.staffId,
        staffName: slot.staffName,
        label: slotLabel(slot.start, timeZone),
      })),
    };
  }

  /**
   * Books an offered slot: with that stylist, or with the first one free at that time. A slot
   * taken meanwhile is a refusal, not an error: the unique index lets exactly one racer win.
   */
  async book(input: BookingRequest): Promise<BookingResult> {
    const request = validate(bookingRequestSchema, input, 'booking');
    const start = new Date(request.start);
    const candidates = await this.slotsStartingAt(start, request.staffId);
    if (candidates.length === 0) return { ok: false, reason: notOffered };
    for (const slot of candidates) {
      const id = this.newId();
      const now = this.clock();
      try {
        await this.db.query(
          `insert into bookings (id, staff_id, customer_name, email, start_at, end_at, time_zone, note, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
          [id, slot.staffId, request.name, request.email, slot.start, slot.end, request.timeZone, request.note, now],
        );
      } catch (error) {
        if (isSlotTaken(error)) continue;
        throw error;
      }
      return { ok: true, booking: (await this.get(id))! };
    }
    return { ok: false, reason: justTaken };
  }

  /** One booking, or null. */
  async get(id: string): Promise<Booking | null> {
    const { rows } = await this.db.query<BookingRow>(`select ${bookingColumns} from ${bookingFrom} where b.id = $1`, [id]);
    return rows[0] ? toBooking(rows[0]) : null;
  }

  /** Bookings (confirmed and cancelled) starting from `from` (by default a day ago), soonest first. */
  async list({ from }: { from?: Date } = {}): Promise<Booking[]> {
    const since = from ?? new Date(this.clock().getTime() - recentMs);
    const { rows } = await this.db.query<BookingRow>(
      `select ${bookingColumns} from ${bookingFrom} where b.start_at >= $1 order by b.start_at, b.id limit ${listLimit}`,
      [since],
    );
    return rows.map(toBooking);
  }

  /** Why a customer may no longer cancel or move this call themselves, or null when they may. Staff always may. */
  customerChangeRefusal(booking: Booking): string | null {
    if (booking.status !== 'confirmed') return null;
    const left = Date.parse(booking.start) - this.clock().getTime();
    return left < customerChangeNoticeMs ? 'Calls can be cancelled or moved up to 2 hours before they start: please contact customer care or your stylist.' : null;
  }

  /** Cancels and frees the slot; a booking already cancelled is returned as it is. Null when unknown. */
  async cancel(id: string): Promise<Booking | null> {
    await this.db.query(
      `update bookings set status = 'cancelled', sequence = sequence + 1, updated_at = $2 where id = $1 and status = 'confirmed'`,
      [id, this.clock()],
    );
    return this.get(id);
  }

  /**
   * Moves a booking to another offered slot: with `staffId` when given, otherwise with the same
   * stylist when free, else any. One UPDATE in one transaction, so the old slot frees only
   * when the new one is this booking's. Null when the booking is unknown.
   */
  async reschedule(id: string, start: string, options: { staffId?: string } = {}): Promise<BookingResult | null> {
    const request = validate(rescheduleSchema, { start, staffId: options.staffId }, 'reschedule');
    const current = await this.get(id);
    if (!current) return null;
    if (current.status === 'cancelled') return { ok: false, reason: wasCancelled };
    const at = new Date(request.start);
    if (at.getTime() === Date.parse(current.start) && (request.staffId ?? current.staffId) === current.staffId) return { ok: true, booking: current };
    const offered = await this.slotsStartingAt(at, request.staffId, id);
    const candidates = [...offered.filter((slot) => slot.staffId === current.staffId), ...offered.filter((slot) => slot.staffId !== current.staffId)];
    if (candidates.length === 0) return { ok: false, reason: notOffered };
    for (const slot of candidates) {
      let moved: boolean;
      try {
        moved = await this.db.transaction(async (tx) => {
          const { rows } = await tx.query<{ status: string }>('select status from bookings where id = $1 for update', [id]);
          if (rows[0]?.status !== 'confirmed') return false;
          await tx.query(
            `update bookings set staff_id = $2, start_at = $3, end_at = $4, sequence = sequence + 1, updated_at = $5 where id = $1`,
            [id, slot.staffId, slot.start, slot.end, this.clock()],
          );
          return true;
        });
      } catch (error) {
        if (isSlotTaken(error)) continue;
        throw error;
      }
      if (!moved) return { ok: false, reason: wasCancelled };
      return { ok: true, booking: (await this.get(id))! };
    }
    return { ok: false, reason: justTaken };
  }

  private async slotsStartingAt(start: Date, staffId: string | undefined, ignoreBookingId?: string): Promise<OpenSlot[]> {
    const open = await this.openSlots(start, new Date(start.getTime() + 1), staffId, ignoreBookingId);
    return open.filter((slot) => slot.start.getTime() === start.getTime());
  }

  /** Slots starting in [from, to), at least the minimum notice ahead, that overlap no confirmed booking. */
  private async openSlots(from: Date, to: Date, staffId?: string, ignoreBookingId?: string): Promise<OpenSlot[]> {
    const now = this.clock().getTime();
    const earliest = new Date(Math.max(from.getTime(), now + minimumNoticeMs));
    to = new Date(Math.min(to.getTime(), now + bookingHorizonDays * 86_400_000));
    if (earliest >= to) return [];
    const schedules = await loadSchedules(this.db, staffId);
    const { rows } = await this.db.query<{ staff_id: string; start_at: Date; end_at: Date }>(
      `select staff_id, start_at, end_at from bookings
       where status = 'confirmed' and end_at > $1 and start_at < $2 and ($3::text is null or id <> $3)`,
      [earliest, new Date(to.getTime() + longestSlotMs), ignoreBookingId ?? null],
    );
    const busy = (slot: OpenSlot) =>
      rows.some((row) => row.staff_id === slot.staffId && new Date(row.start_at) < slot.end && slot.start < new Date(row.end_at));
    return schedules
      .flatMap((schedule) => scheduleSlots(schedule, earliest, to))
      .filter((slot) => !busy(slot))
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.staffName.localeCompare(b.staffName));
  }
}

/** `bk_` and 128 random bits: the id is in the customer's links, so it must not be guessable. */
export function newBookingId(): string {
  return `bk_${randomBytes(16).toString('base64url')}`;
}

/** A unique violation of the one-confirmed-booking-per-slot index (not of the primary key). */
function isSlotTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || constraint === 'bookings_staff_slot');
}
