import express from 'express';
import { z } from 'zod';
import { AppError } from '../../core/index.ts';
import type { RouteContext } from '../app-dependencies.ts';
import { principalOf } from '../auth/index.ts';
import { servesCall } from '../rooms/room-directory.ts';

const takeoverSchema = z.strictObject({ active: z.boolean() });

/** A stylist takes a concierge call over from the AI (which then stays quiet) and hands it back. */
export function callRoutes({ registry, bookings, hub }: RouteContext) {
  const router = express.Router();
  router.post('/api/calls/:bookingId/takeover', ...registry.route({ method: 'post', path: '/api/calls/:bookingId/takeover', tag: 'bookings', summary: 'A person of the staff takes the call over or hands it back to the AI', roles: ['host', 'admin'], body: takeoverSchema }), async (request, response) => {
    const booking = await bookings.get(String(request.params.bookingId));
    if (!booking) throw new AppError('not-found', `No booking with id ${request.params.bookingId}`);
    if (!servesCall(principalOf(response), booking)) throw new AppError('forbidden', `Only ${booking.staffName}, the stylist of this call, or an admin can take it over.`);
    const { active } = response.locals.body as z.infer<typeof takeoverSchema>;
    const takeover = { active, by: active ? principalOf(response).name : null };
    await hub.setTakeover(booking.roomId, takeover);
    response.json({ takeover });
  });
  return router;
}
