import express from 'express';
import { z } from 'zod';
import type { RouteContext } from '../app-dependencies.ts';
import { principalOf } from '../auth/authenticate.ts';
import { roomIdPattern } from './room-gateway.ts';

const ticketSchema = z.strictObject({ room: z.string().regex(roomIdPattern, 'a room is show:<id> or call:<booking id>') });

/** `POST /api/rooms/tickets`: a one-time ticket for the room socket, so the token never goes in a URL. */
export function ticketRoutes({ registry, tickets }: RouteContext) {
  const router = express.Router();
  router.post(
    '/api/rooms/tickets',
    ...registry.route({ method: 'post', path: '/api/rooms/tickets', tag: 'rooms', summary: 'A one-time ticket (30 s) to open a room socket at /ws?room=…&ticket=…', roles: ['viewer', 'customer', 'host', 'admin', 'agent'], body: ticketSchema }),
    (_request, response) => {
      const { room } = response.locals.body as z.infer<typeof ticketSchema>;
      response.status(201).json(tickets.issue(principalOf(response), room));
    },
  );
  return router;
}
