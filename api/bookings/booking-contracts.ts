import type { ApiRegistry } from '../api-registry.ts';
import { bookingListQuerySchema, bookingRequestSchema, rescheduleSchema, slotQuerySchema } from './booking-input.ts';

/** The booking router checks its own inputs; its contracts join the OpenAPI document here. */
export function documentBookingRoutes(registry: ApiRegistry) {
  const tag = 'bookings';
  const owner = ['customer', 'host', 'admin'] as const;
  registry.document({ method: 'get', path: '/api/staff', tag, summary: 'Concierge staff (names, titles, time zones)' });
  registry.document({ method: 'get', path: '/api/bookings/slots', tag, summary: 'Free slots from staff availability, labelled in a time zone', query: slotQuerySchema });
  registry.document({ method: 'post', path: '/api/bookings', tag, summary: 'Book a slot: returns the booking, a customer token, call/manage/.ics links', body: bookingRequestSchema });
  registry.document({ method: 'get', path: '/api/bookings', tag, summary: 'Upcoming and recent bookings', roles: ['host', 'admin'], query: bookingListQuerySchema });
  registry.document({ method: 'get', path: '/api/bookings/:id', tag, summary: 'A booking (its customer or staff)', roles: [...owner] });
  registry.document({ method: 'get', path: '/api/bookings/:id/ics', tag, summary: 'The booking as an iCalendar file (token in the query)' });
  registry.document({ method: 'post', path: '/api/bookings/:id/cancel', tag, summary: 'Cancel a booking', roles: [...owner] });
  registry.document({ method: 'post', path: '/api/bookings/:id/reschedule', tag, summary: 'Move a booking to another free slot', roles: [...owner], body: rescheduleSchema });
}
