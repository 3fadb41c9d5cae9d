import type { Booking } from '../../core/index.ts';

/** What a booking write returns: the booking, or why the slot could not be had. */
export type BookingResult = { ok: true; booking: Booking } | { ok: false; reason: string };

export const bookingColumns = `b.id, b.staff_id, s.name as staff_name, b.customer_name, b.email, b.start_at, b.end_at,
  b.time_zone, b.status, b.note, b.sequence, b.updated_at`;

export const bookingFrom = 'bookings b join staff s on s.id = b.staff_id';

export interface BookingRow {
  id: string;
  staff_id: string;
  staff_name: string;
  customer_name: string;
  email: string;
  start_at: Date;
  end_at: Date;
  time_zone: string;
  status: 'confirmed' | 'cancelled';
  note: string;
  sequence: number;
  updated_at: Date;
}

export function toBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    staffId: row.staff_id,
    staffName: row.staff_name,
    customerName: row.customer_name,
    email: row.email,
    start: new Date(row.start_at).toISOString(),
    end: new Date(row.end_at).toISOString(),
    timeZone: row.time_zone,
    status: row.status,
    note: row.note,
    roomId: bookingRoomId(row.id),
    sequence: Number(row.sequence),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export const bookingRoomId = (bookingId: string): string => `call:${bookingId}`;
