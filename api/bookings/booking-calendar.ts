import { createEvent, type EventAttributes } from 'ics';
import { AppError, type Booking } from '../../core/index.ts';

export interface BookingCalendarOptions {
  storeName: string;
  /** Where the shopper joins the call (with their token when the file is theirs). */
  callUrl: string;
  /**
   * ORGANIZER needs an address to be valid iCalendar; staff have none on file, so by default a
   * reserved `.invalid` one that no mail can ever reach.
   */
  organizerEmail?: string;
}

/**
 * The booking as an iCalendar file (METHOD:PUBLISH). The UID stays the same for the life of the
 * booking and SEQUENCE rises at each change, so importing the file again after a reschedule or a
 * cancellation updates the calendar entry instead of adding a second one.
 */
export function bookingIcs(booking: Booking, { storeName, callUrl, organizerEmail = 'concierge@vitrine.invalid' }: BookingCalendarOptions): string {
  // `timestamp` (DTSTAMP) is read by ics but missing from its types. It comes from the booking,
  // not the wall clock: the same booking state gives the same file.
  const event: EventAttributes & { timestamp: number } = {
    productId: 'vitrine',
    method: 'PUBLISH',
    uid: `${booking.id}@vitrine`,
    sequence: booking.sequence,
    // Epoch milliseconds: ics reads date arrays as the server's local time.
    start: Date.parse(booking.start),
    startOutputType: 'utc',
    end: Date.parse(booking.end),
    endOutputType: 'utc',
    lastModified: Date.parse(booking.updatedAt),
    title: `Private styling call — ${storeName}`,
    description:
      booking.status === 'cancelled'
        ? `This call with ${booking.staffName} was cancelled.`
        : `Your private video call with ${booking.staffName} (${storeName}).\n\nJoin the call: ${callUrl}`,
    url: callUrl,
    status: booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: booking.staffName, email: organizerEmail },
    timestamp: Date.parse(booking.updatedAt),
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw new AppError('internal', 'Could not build the calendar file for this booking.', { cause: error });
  return value;
}
