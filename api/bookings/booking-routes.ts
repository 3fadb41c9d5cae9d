import express, { type Request } from 'express';
import { z } from 'zod';
import { AppError, type Booking, type BookingCreated } from '../../core/index.ts';
import { isStaff, principalOf, requireRole } from '../auth/authenticate.ts';
import { type Principal, type TokenIssuer, tokenLifetimeMs } from '../auth/tokens.ts';
import { parseBody, parseQuery } from '../validate.ts';
import { bookingIcs } from './booking-calendar.ts';
import type { BookingDesk } from './booking-desk.ts';
import { bookingListQuerySchema, bookingRequestSchema, rescheduleSchema, slotQuerySchema } from './booking-input.ts';

export interface BookingRoutesDependencies {
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
export function bookingRoutes({ bookings, tokens, publicUrl, storeName, onBooked }: BookingRoutesDependencies): express.Router {
  const router = express.Router();
  const base = publicUrl.replace(/\/+$/, '');
  const callLink = (id: string, token?: string) => `${base}/call/${id}${token ? `?token=${token}` : ''}`;

  /** The booking `principal` may see and change: its own customer's, or any for staff. */
  async function accessibleBooking(id: string, principal: Principal): Promise<Booking> {
    const booking = await bookings.get(id);
    if (!booking) throw new AppError('not-found', 'No booking with this id.');
    const own = principal.role === 'customer' && principal.room === booking.roomId;
    if (!own && !isStaff(principal)) throw new AppError('forbidden', 'This booking belongs to another customer.');
    return booking;
  }

  // Personal data: no shared cache may keep a copy.
  router.use('/api/bookings', (_request, response, next) => {
    response.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/api/staff', async (_request, response) => {
    response.json({ staff: await bookings.listStaff() });
  });

  router.get('/api/bookings/slots', async (request, response) => {
    response.json(await bookings.slots(parseQuery(slotQuerySchema, request)));
  });

  router.post('/api/bookings', async (request, response) => {
    const result = await bookings.book(parseBody(bookingRequestSchema, request));
    if (!result.ok) throw new AppError('conflict', result.reason);
    const { booking } = result;
    const lifetimeMs = Math.max(tokenLifetimeMs.customer, Date.parse(booking.end) + afterCallMs - Date.parse(booking.updatedAt));
    // One participant per booking: an e-mail address nobody verified must not open someone else's profile.
    const participantId = `customer:${booking.id}`;
    await onBooked?.(booking, participantId);
    const token = await tokens.issue({ id: participantId, role: 'customer', name: booking.customerName, room: booking.roomId }, lifetimeMs);
    response.status(201).json({
      booking,
      token,
      callUrl: callLink(booking.id, token),
      manageUrl: `${base}/book?booking=${booking.id}&token=${token}`,
      icsUrl: `/api/bookings/${booking.id}/ics?token=${token}`,
    } satisfies BookingCreated);
  });

  router.get('/api/bookings', requireRole('host', 'admin'), async (request, response) => {
    const { from } = parseQuery(bookingListQuerySchema, request);
    response.json({ bookings: await bookings.list({ from: from ? new Date(from) : undefined }) });
  });

  router.get('/api/bookings/:id', async (request, response) => {
    response.json({ booking: await accessibleBooking(request.params.id, principalOf(response)) });
  });

  // A download link cannot send headers, so the token may come in the query string.
  router.get('/api/bookings/:id/ics', async (request, response) => {
    const { token: queryToken } = parseQuery(icsQuerySchema, request);
    const principal = queryToken ? await tokens.verify(queryToken) : principalOf(response);
    const booking = await accessibleBooking(request.params.id, principal);
    // The customer's own file carries their join link; staff join signed in, so theirs carries no token.
    const token = principal.role === 'customer' ? (queryToken ?? bearerToken(request)) : undefined;
    response
      .type('text/calendar; charset=utf-8')
      // Written out rather than res.attachment(), which leaves the file name unquoted.
      .set('Content-Disposition', `attachment; filename="vitrine-call-${booking.id}.ics"`)
      .send(bookingIcs(booking, { storeName, callUrl: callLink(booking.id, token) }));
  });

  router.post('/api/bookings/:id/cancel', async (request, response) => {
    const booking = await accessibleBooking(request.params.id, principalOf(response));
    const cancelled = await bookings.cancel(booking.id);
    if (!cancelled) throw new AppError('not-found', 'No booking with this id.');
    response.json({ booking: cancelled });
  });

  router.post('/api/bookings/:id/reschedule', async (request, response) => {
    const principal = principalOf(response);
    const { start, staffId } = parseBody(rescheduleSchema, request);
    const booking = await accessibleBooking(request.params.id, principal);
    const result = await bookings.reschedule(booking.id, start, { staffId });
    if (!result) throw new AppError('not-found', 'No booking with this id.');
    if (!result.ok) throw new AppError('conflict', result.reason);
    response.json({ booking: result.booking });
  });

  return router;
}

function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}
