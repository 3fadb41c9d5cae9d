import express from 'express';
import { z } from 'zod';
import { getOrder, placeOrder, previewCart, recordPurchased } from '../../agent/index.ts';
import { AppError, type CartLinkCreated, type CheckoutCart } from '../../core/index.ts';
import type { RouteContext } from '../app-dependencies.ts';
import { isStaff, principalOf } from '../auth/index.ts';
import { servesCall } from '../rooms/room-directory.ts';

const cartSchema = z.strictObject({
  /** The room the shopper buys from: the cart, offer and order belong to that session. */
  roomId: z.string().trim().min(1),
  lines: z.array(z.strictObject({ productId: z.string().trim().min(1), variantId: z.string().trim().min(1), quantity: z.number().int().min(1).max(10) })).min(1, 'the cart is empty').max(20),
  offerCode: z.string().trim().min(1).max(64).optional(),
});
const checkoutSchema = z.strictObject({
  cart: z.string().trim().min(1, 'the checkout link is missing its cart'),
  idempotencyKey: z.string().trim().min(1).max(200),
  name: z.string().trim().max(80).optional(),
  email: z.string().trim().max(200).optional(),
});
const offersQuerySchema = z.object({ session: z.string().min(1, 'session (a room id) is required') });

/** Buy now → signed cart link → the built-in demo checkout (order recorded, offer redeemed once). */
export function commerceRoutes({ registry, shop, rooms, hub, knowledge, bookings }: RouteContext) {
  const router = express.Router();

  router.post('/api/carts', ...registry.route({ method: 'post', path: '/api/carts', tag: 'commerce', summary: 'A signed cart link for Buy now', roles: ['viewer', 'customer', 'host', 'admin'], body: cartSchema }), async (_request, response) => {
    const principal = principalOf(response);
    const body = response.locals.body as z.infer<typeof cartSchema>;
    const entry = await rooms.enter(principal, body.roomId);
    if (!entry.ok) throw new AppError(entry.code === 4404 ? 'not-found' : 'forbidden', entry.reason);
    const result = await shop.commerce.createCartLink({ sessionId: body.roomId, participantId: principal.id, lines: body.lines, offerCode: body.offerCode });
    if (!result.ok) throw new AppError('conflict', result.reason);
    const token = new URL(result.url).searchParams.get('cart');
    response.status(201).json({ ...result, token } satisfies CartLinkCreated);
  });

  router.get('/api/checkout/:token', ...registry.route({ method: 'get', path: '/api/checkout/:token', tag: 'commerce', summary: 'What a checkout link charges now (prices from the catalog)' }), async (request, response) => {
    const preview = await previewCart(knowledge.db, shop.signer, shop.clock(), String(request.params.token));
    if (!preview.ok) throw new AppError('conflict', preview.reason);
    const { sessionId: _session, participantId: _participant, ...cart } = preview.cart;
    response.json({ cart } satisfies { cart: CheckoutCart });
  });

  router.post('/api/checkout', ...registry.route({ method: 'post', path: '/api/checkout', tag: 'commerce', summary: 'Place the order of a checkout link (idempotent)', body: checkoutSchema }), async (_request, response) => {
    const body = response.locals.body as z.infer<typeof checkoutSchema>;
    const result = await placeOrder(knowledge.db, shop.signer, shop.offers, { token: body.cart, idempotencyKey: body.idempotencyKey });
    if (!result.ok) throw new AppError('conflict', result.reason);
    const { order } = result;
    if (!result.replayed && order.participantId) {
      // A known customer's purchases are part of their profile: the concierge remembers them.
      await shop.memory.updateProfile(order.participantId, (profile) => recordPurchased(profile, order.lines.map((line) => line.productId)));
    }
    if (!result.replayed && order.sessionId) {
      const items = order.lines.reduce((sum, line) => sum + line.quantity, 0);
      await hub.publish(order.sessionId, { type: 'order-placed', orderId: order.id, participantName: body.name || 'A shopper', total: order.total, currency: order.currency, items }, { audience: 'staff' });
    }
    response.status(result.replayed ? 200 : 201).json({ order });
  });

  router.get('/api/orders/:id', ...registry.route({ method: 'get', path: '/api/orders/:id', tag: 'commerce', summary: 'An order (its buyer or staff)', roles: ['viewer', 'customer', 'host', 'admin'] }), async (request, response) => {
    const principal = principalOf(response);
    const order = await getOrder(knowledge.db, String(request.params.id));
    if (!order || (!isStaff(principal) && order.participantId !== principal.id)) throw new AppError('not-found', `No order with id ${request.params.id}`);
    response.json({ order });
  });

  router.get('/api/offers', ...registry.route({ method: 'get', path: '/api/offers', tag: 'commerce', summary: "Offers made in a session (a room)", roles: ['host', 'admin'], query: offersQuerySchema }), async (_request, response) => {
    const { session } = response.locals.query as z.infer<typeof offersQuerySchema>;
    // A call's offers are the business of its stylist (and admins), like the call itself.
    if (session.startsWith('call:')) {
      const booking = await bookings.get(session.slice('call:'.length));
      if (!booking || !servesCall(principalOf(response), booking)) throw new AppError('forbidden', "These are the offers of another stylist's call.");
    }
    response.json({ offers: await shop.offers.listSessionOffers(session) });
  });

  router.get('/api/offers/:code', ...registry.route({ method: 'get', path: '/api/offers/:code', tag: 'commerce', summary: 'One offer (its owner or staff)', roles: ['viewer', 'customer', 'host', 'admin'] }), async (request, response) => {
    const principal = principalOf(response);
    const offer = await shop.offers.getOffer(String(request.params.code));
    // Someone else's code is "not found", not "forbidden": codes must not be probed.
    if (!offer || (!isStaff(principal) && offer.participantId !== principal.id)) throw new AppError('not-found', `No offer with code ${request.params.code}`);
    const status = offer.redeemedAt ? 'redeemed' : new Date(offer.expiresAt) <= shop.clock() ? 'expired' : 'active';
    response.json({ offer, status });
  });
  return router;
}
