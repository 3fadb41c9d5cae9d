/** The booking shapes of the HTTP contract (.scratch/api-contract.md, "Bookings"). */

export interface Stylist {
  id: string;
  name: string;
  title: string;
  timeZone: string;
}

export interface Slot {
  /** ISO UTC. */
  start: string;
  end: string;
  staffId: string;
  staffName: string;
  /** The start as the server writes it in the asked zone ("Tue 2 Dec, 14:30"). */
  label: string;
}

export interface Booking {
  id: string;
  staffId: string;
  staffName: string;
  customerName: string;
  email: string;
  start: string;
  end: string;
  timeZone: string;
  status: 'confirmed' | 'cancelled';
  note: string | null;
  roomId: string;
}

export interface BookingCreated {
  booking: Booking;
  token: string;
  callUrl: string;
  manageUrl: string;
  icsUrl: string;
}

/** Where a customer's token for this booking is kept (the call page reads the same key). */
export function customerSessionKey(bookingId: string): string {
  return `customer:${bookingId}`;
}

/** The links of a booking when only its id and token are known (the manage link). */
export function bookingLinks(bookingId: string, token: string) {
  const query = `token=${encodeURIComponent(token)}`;
  return {
    callUrl: `/call/${encodeURIComponent(bookingId)}?${query}`,
    icsUrl: `/api/bookings/${encodeURIComponent(bookingId)}/ics?${query}`,
    manageUrl: `/book?booking=${encodeURIComponent(bookingId)}&${query}`,
  };
}
