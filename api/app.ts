import type { AddressInfo } from 'node:net';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { updateProfileFromMessage } from '../agent/index.ts';
import { AppError } from '../core/index.ts';
import { adminRoutes } from './admin/admin-routes.ts';
import { analyticsRoutes } from './analytics/analytics-routes.ts';
import { ApiRegistry } from './api-registry.ts';
import type { AppDependencies, RouteContext } from './app-dependencies.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { authenticate } from './auth/index.ts';
import { bookingRoutes } from './bookings/index.ts';
import { callRoutes } from './calls/call-routes.ts';
import { catalogRoutes } from './catalog/catalog-routes.ts';
import { commerceRoutes } from './commerce/commerce-routes.ts';
import { demoImages } from './catalog/demo-images.ts';
import { httpErrorHandler } from './http-errors.ts';
import { questionRoutes } from './questions/question-routes.ts';
import { attachRoomGateway } from './rooms/room-gateway.ts';
import { ticketRoutes } from './rooms/ticket-routes.ts';
import { showRoutes } from './shows/show-routes.ts';
import { webPages } from './web-pages.ts';

/**
 * The HTTP application and its live rooms. `listen(0)` in tests; the caller decides the port.
 * Every route declares its contract (roles, zod schemas) once: checks and /api/openapi.json come from it.
 */
export function createApp(deps: AppDependencies) {
  const registry = new ApiRegistry();
  const context: RouteContext = { ...deps, registry };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:', 'https:'], 'connect-src': ["'self'", 'ws:', 'wss:'], 'upgrade-insecure-requests': null },
      },
      // Plain-HTTP local use must work: HSTS only makes sense behind a TLS proxy, which sets it.
      strictTransportSecurity: false,
    }),
  );
  const json = express.json({ limit: '100kb' });
  // Booking takes a stylist's time: one address cannot fill the calendar.
  const bookingLimit = rateLimit({
    windowMs: 3_600_000,
    limit: 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: () => {
      throw new AppError('rate-limited', 'Too many bookings from this address in the last hour; contact the store if you need more.');
    },
  });
  // Catalog uploads read their own (larger, non-JSON) body.
  app.use((request, response, next) => (request.path === '/api/admin/catalog' ? next() : json(request, response, next)));
  app.use(authenticate(deps.tokens));

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/api/openapi.json', (_request, response) => {
    response.json(registry.openApi({ title: 'vitrine API', version: '0.1.0' }));
  });

  app.use(authRoutes(context));
  app.use(ticketRoutes(context));
  app.use(catalogRoutes(context));
  app.use(showRoutes(context));
  app.use(questionRoutes(context));
  app.use(commerceRoutes(context));
  app.post(['/api/bookings', '/api/bookings/:id/reschedule'], bookingLimit);
  app.use(
    bookingRoutes({
      registry,
      bookings: deps.bookings,
      tokens: deps.tokens,
      publicUrl: deps.publicUrl,
      storeName: deps.shop.storeName,
      // What the customer wrote when booking ("I'm a size M…") is what the concierge knows of them.
      onBooked: (booking, participantId) =>
        deps.shop.memory
          .updateProfile(participantId, (profile) => updateProfileFromMessage(profile, booking.note))
          // Best effort: the booking stands and its links go out even if the profile could not be written.
          .catch((error) => deps.logger.error({ err: error, bookingId: booking.id }, 'seeding a profile from a booking note failed')),
    }),
  );
  app.use(callRoutes(context));
  app.use(analyticsRoutes(context));
  app.use(adminRoutes(context));

  app.use('/api', () => {
    throw new AppError('not-found', 'No such API route');
  });
  app.use(demoImages(deps.knowledge.db));
  app.use(webPages(deps.webRoot));
  app.use(httpErrorHandler(deps.logger));

  return {
    app,
    /** Serves HTTP and the WebSocket rooms on `port` (0: any free port). */
    async listen(port: number, host?: string) {
      const server = host ? app.listen(port, host) : app.listen(port);
      await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
      const gateway = attachRoomGateway(server, { tickets: deps.tickets, rooms: deps.rooms, hub: deps.hub, log: deps.log, conversation: deps.conversation, logger: deps.logger });
      const address = server.address() as AddressInfo;
      return {
        server,
        port: address.port,
        url: `http://${host ?? 'localhost'}:${address.port}`,
        async close() {
          gateway.close();
          server.closeAllConnections();
          await new Promise<void>((resolve) => server.close(() => resolve()));
        },
      };
    },
  };
}
