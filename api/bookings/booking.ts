/** A one-to-one video call a shopper booked with a stylist. */
export interface Booking {
  id: string;
  staffId: string;
  staffName: string;
  customerName: string;
  email: string;
  /** ISO 8601, UTC. */
  start: string;
  end: string;
  /** The shopper's IANA zone, for showing times back to them. */
  timeZone: string;
  status: 'confirmed' | 'cancelled';
  note: string;
  /** The call room this booking opens: `call:<id>`, the room a customer token admits. */
  roomId: string;
  /** Raised at each reschedule or cancellation (the calendar file's SEQUENCE). */
  sequence: number;
  updatedAt: string;
}

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
