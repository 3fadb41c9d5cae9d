import express, { type Request } from 'express';
import { z } from 'zod';
import { AppError, type Booking, type BookingCreated } from '../../core/index.ts';
import type { ApiRegistry } from '../api-registry.ts';
import { isStaff, principalOf } from '../auth/authenticate.ts';
import { type Principal, type TokenIssuer, tokenLifetimeMs } from '../auth/tokens.ts';
import { bookingIcs } from './booking-calendar.ts';
import type { BookingDesk } from './booking-desk.ts';
import { bookingListQuerySchema, bookingRequestSchema, rescheduleSchema, slotQuerySchema } from './booking-input.ts';

export interface BookingRoutesDependencies {
  /** Where the routes' contracts go: their checks and /api/openapi.json come from them. */
  registry: ApiRegistry;
  bookings: BookingDesk;
  tokens: TokenIssuer;
  /** Base of the links given to shoppers, without a trailing slash. */
  publicUrl: string;
  storeName: string;
  /** Called once a booking is made, with the customer's participant id (the app seeds their profile from the note). */
  onBooked?: (booking: Booking, participantId: string) => Promise<void>;
}

const icsQuerySchema = z.object({ token: z.string().min(1).max(4096).optional() });

/** A customer token outlives the call by this much, so the link in an early booking still opens it. */
const afterCallMs = 7 * 24 * 3_600_000;

/**
 * The concierge booking API, under `/api`. Expects `express.json()` and `authenticate(tokens)`
 * before it and the HTTP error handler after it.
 */
export function bookingRoutes({ registry, bookings, tokens, publicUrl, storeName, onBooked }: BookingRoutesDependencies): express.Router {
  const router = express.Router();
  const tag = 'bookings';
  const owner = ['customer', 'host', 'admin'] as const;
  const base = publicUrl.replace(/\/+$/, '');
  // The customer's token rides in the fragment (never sent to a server or in a Referer); the calendar download cannot send a header, so it keeps a query.
  const callLink = (id: string, token?: string) => `${base}/call/${id}${token ? `#token=${token}` : ''}`;

  /** The booking `principal` may see and change: its own customer's, or any for staff. */
  async function accessibleBooking(id: string, principal: Principal): Promise<Booking> {
    const booking = await bookings.get(id);
    if (!booking) throw new AppError('not-found', 'No booking with this id.');
    const own = principal.role === 'customer' && principal.room === booking.roomId;
    if (!own && !isStaff(principal)) throw new AppError('forbidden', 'This booking belongs to another customer.');
    return booking;
  }

  // Personal data: no shared cache may keep a copy.
  /** The customer's token, valid until a week after the call (at least the role's usual lifetime). */
  function customerToken(booking: Booking): Promise<string> {
    const lifetimeMs = Math.max(tokenLifetimeMs.customer, Date.parse(booking.end) + afterCallMs - Date.parse(booking.updatedAt));
    return tokens.issue({ id: `customer:${booking.id}`, role: 'customer', name: booking.customerName, room: booking.roomId }, lifetimeMs);
  }

  function refuseLateCustomerChange(principal: Principal, booking: Booking): void {
    const refusal = principal.role === 'customer' ? bookings.customerChangeRefusal(booking) : null;
    if (refusal) throw new AppError('conflict', refusal);
  }

  router.use('/api/bookings', (_request, response, next) => {
    response.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/api/staff', ...registry.route({ method: 'get', path: '/api/staff', tag, summary: 'Concierge staff (names, titles, time zones)' }), async (_request, response) => {
    response.json({ staff: await bookings.listStaff() });
  });

  router.get('/api/bookings/slots', ...registry.route({ method: 'get', path: '/api/bookings/slots', tag, summary: 'Free slots from staff availability, labelled in a time zone', query: slotQuerySchema }), async (_request, response) => {
    response.json(await bookings.slots(response.locals.query));
  });

  router.post('/api/bookings', ...registry.route({ method: 'post', path: '/api/bookings', tag, summary: 'Book a slot: returns the booking, a customer token, call/manage/.ics links', body: bookingRequestSchema }), async (_request, response) => {
    const result = await bookings.book(response.locals.body);
    if (!result.ok) throw new AppError('conflict', result.reason);
    const { booking } = result;
    // One participant per booking: an e-mail address nobody verified must not open someone else's profile.
    const participantId = `customer:${booking.id}`;
    await onBooked?.(booking, participantId);
    const token = await customerToken(booking);
    response.status(201).json({
      booking,
      token,
      callUrl: callLink(booking.id, token),
      manageUrl: `${base}/book?booking=${booking.id}#token=${token}`,
      icsUrl: `/api/bookings/${booking.id}/ics?token=${token}`,
    } satisfies BookingCreated);
  });

  router.get('/api/bookings', ...registry.route({ method: 'get', path: '/api/bookings', tag, summary: 'Upcoming and recent bookings', roles: ['host', 'admin'], query: bookingListQuerySchema }), async (_request, response) => {
    const { from } = response.locals.query as z.infer<typeof bookingListQuerySchema>;
    response.json({ bookings: await bookings.list({ from: from ? new Date(from) : undefined }) });
  });

  router.get('/api/bookings/:id', ...registry.route({ method: 'get', path: '/api/bookings/:id', tag, summary: 'A booking (its customer or staff)', roles: [...owner] }), async (request, response) => {
    response.json({ booking: await accessibleBooking(String(request.params.id), principalOf(response)) });
  });

  // A download link cannot send headers, so the token may come in the query string.
  router.get('/api/bookings/:id/ics', ...registry.route({ method: 'get', path: '/api/bookings/:id/ics', tag, summary: 'The booking as an iCalendar file (token in the query)', query: icsQuerySchema }), async (request, response) => {
    const { token: queryToken } = response.locals.query as z.infer<typeof icsQuerySchema>;
    const principal = queryToken ? await tokens.verify(queryToken) : principalOf(response);
    const booking = await accessibleBooking(String(request.params.id), principal);
    // The customer's own file carries their join link; staff join signed in, so theirs carries no token.
    const token = principal.role === 'customer' ? (queryToken ?? bearerToken(request)) : undefined;
    response
      .type('text/calendar; charset=utf-8')
      // Written out rather than res.attachment(), which leaves the file name unquoted.
      .set('Content-Disposition', `attachment; filename="vitrine-call-${booking.id}.ics"`)
      .send(bookingIcs(booking, { storeName, callUrl: callLink(booking.id, token) }));
  });

  router.post('/api/bookings/:id/cancel', ...registry.route({ method: 'post', path: '/api/bookings/:id/cancel', tag, summary: 'Cancel a booking', roles: [...owner] }), async (request, response) => {
    const principal = principalOf(response);
    const booking = await accessibleBooking(String(request.params.id), principal);
    refuseLateCustomerChange(principal, booking);
    const cancelled = await bookings.cancel(booking.id);
    if (!cancelled) throw new AppError('not-found', 'No booking with this id.');
    response.json({ booking: cancelled });
  });

  router.post('/api/bookings/:id/reschedule', ...registry.route({ method: 'post', path: '/api/bookings/:id/reschedule', tag, summary: 'Move a booking to another free slot', roles: [...owner], body: rescheduleSchema }), async (request, response) => {
    const principal = principalOf(response);
    const { start, staffId } = response.locals.body as z.infer<typeof rescheduleSchema>;
    const booking = await accessibleBooking(String(request.params.id), principal);
    refuseLateCustomerChange(principal, booking);
    const result = await bookings.reschedule(booking.id, start, { staffId });
    if (!result) throw new AppError('not-found', 'No booking with this id.');
    if (!result.ok) throw new AppError('conflict', result.reason);
    // A call moved later must not outlive the customer's token: they get a fresh one that lasts until after it.
    const token = principal.role === 'customer' ? await customerToken(result.booking) : undefined;
    response.json({ booking: result.booking, ...(token ? { token } : {}) });
  });

  return router;
}

function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}
