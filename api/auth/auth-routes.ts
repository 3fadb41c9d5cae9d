import { randomBytes } from 'node:crypto';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { AppError } from '../../core/index.ts';
import type { RouteContext } from '../app-dependencies.ts';
import { principalOf } from './authenticate.ts';

const viewerSchema = z.strictObject({
  displayName: z
    .string()
    .trim()
    .min(1, 'a display name is needed')
    .max(40, 'display names are at most 40 characters')
    .refine((name) => !/[<>]/.test(name), 'display names cannot contain < or >'),
});

/** Names that would pass a viewer off as the store, its staff or its AI host in a public chat. */
const STAFF_WORDS = /\b(host|hosts|staff|admin|administrator|moderator|official|support|customer care|customer service|stylist|concierge|bot|assistant|system|vitrine)\b/i;

/** Viewers join a public show with just a display name; staff tokens are issued at start-up. */
export function authRoutes({ registry, tokens, shows, shop }: RouteContext) {
  const router = express.Router();
  // Joining is cheap to ask for: bound it per address so nobody mints tokens by the thousand.
  const joinLimit = rateLimit({
    windowMs: 60_000,
    limit: 30,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: () => {
      throw new AppError('rate-limited', 'Too many sign-ins from this address; try again in a minute.');
    },
  });

  router.post('/api/auth/viewer', joinLimit, ...registry.route({ method: 'post', path: '/api/auth/viewer', tag: 'auth', summary: 'Join as a viewer with a display name', body: viewerSchema }), async (_request, response) => {
    const { displayName } = response.locals.body as z.infer<typeof viewerSchema>;
    // Nobody may chat as the AI host ("Vita"), the store or its staff: trust in who said what is the product.
    const hostNames = (await shows.list()).map((show) => show.hostName.toLowerCase());
    const plain = displayName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (STAFF_WORDS.test(plain) || hostNames.includes(plain) || plain === shop.storeName.toLowerCase()) {
      throw new AppError('invalid-input', `displayName: "${displayName}" is kept for the store's hosts and staff; please choose another name.`);
    }
    const participant = { id: `viewer:${randomBytes(9).toString('base64url')}`, name: displayName, role: 'viewer' as const };
    response.status(201).json({ token: await tokens.issue({ ...participant, room: null }), participant });
  });

  router.get('/api/me', ...registry.route({ method: 'get', path: '/api/me', tag: 'auth', summary: 'Who this token is', roles: ['admin', 'host', 'viewer', 'customer', 'agent'] }), (_request, response) => {
    const { room, ...participant } = principalOf(response);
    response.json({ participant, room });
  });
  return router;
}
