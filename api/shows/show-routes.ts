import express from 'express';
import { z } from 'zod';
import { toProductCard } from '../../agent/index.ts';
import { AppError, type ShowDetails } from '../../core/index.ts';
import { getProduct, getProducts } from '../../knowledge/index.ts';
import type { RouteContext } from '../app-dependencies.ts';
import { principalOf } from '../auth/index.ts';
import { showPatchSchema } from './show-directory.ts';

const pinSchema = z.strictObject({ productId: z.string().trim().min(1) });
const offerSchema = z.strictObject({
  productId: z.string().trim().min(1),
  variantId: z.string().trim().min(1).optional(),
  /** Asked for; the offer engine grants at most what the policy allows. */
  discountPercent: z.number().min(1).max(90).optional(),
});
const takeoverSchema = z.strictObject({ active: z.boolean() });

/** Shows: what viewers open, and what hosts push to everyone. */
export function showRoutes({ registry, shows, stage, hub, knowledge, shop }: RouteContext) {
  const router = express.Router();
  const staff = ['host', 'admin'] as const;

  const findShow = async (id: string) => {
    const show = await shows.get(id);
    if (!show) throw new AppError('not-found', `No show with id ${id}`);
    return show;
  };

  router.get('/api/shows', ...registry.route({ method: 'get', path: '/api/shows', tag: 'shows', summary: 'All shows' }), async (_request, response) => {
    response.json({ shows: await shows.list() });
  });

  router.get('/api/shows/:id', ...registry.route({ method: 'get', path: '/api/shows/:id', tag: 'shows', summary: 'A show, what it features, its lineup and viewer count' }), async (request, response) => {
    const show = await findShow(String(request.params.id));
    const lineup = (await getProducts(knowledge.db, show.settings.lineup)).map(toProductCard);
    response.json({ show, featured: stage.featuring(show.id) ?? lineup[0] ?? null, lineup, viewerCount: hub.viewerCount(show.roomId) } satisfies ShowDetails);
  });

  router.patch('/api/shows/:id', ...registry.route({ method: 'patch', path: '/api/shows/:id', tag: 'shows', summary: 'Change show settings', roles: ['admin'], body: showPatchSchema }), async (request, response) => {
    const patch = response.locals.body as z.infer<typeof showPatchSchema>;
    const unknown = patch.settings?.lineup ? await unknownProducts(patch.settings.lineup) : [];
    if (unknown.length) throw new AppError('invalid-input', `settings.lineup: no product with id ${unknown.join(', ')}`);
    const show = await shows.update(String(request.params.id), patch);
    if (!show) throw new AppError('not-found', `No show with id ${request.params.id}`);
    response.json({ show });
  });

  router.post('/api/shows/:id/pin', ...registry.route({ method: 'post', path: '/api/shows/:id/pin', tag: 'shows', summary: 'Pin a product for everyone in the show', roles: [...staff], body: pinSchema }), async (request, response) => {
    const show = await findShow(String(request.params.id));
    const { productId } = response.locals.body as z.infer<typeof pinSchema>;
    const product = await getProduct(knowledge.db, productId);
    if (!product) throw new AppError('not-found', `No product with id ${productId}`);
    const card = toProductCard(product);
    await stage.pin(show.id, card, principalOf(response).name);
    response.json({ card });
  });

  router.post('/api/shows/:id/offers', ...registry.route({ method: 'post', path: '/api/shows/:id/offers', tag: 'shows', summary: "Offer a product to every viewer present (each gets their own code, within the offer policy)", roles: [...staff], body: offerSchema }), async (request, response) => {
    const show = await findShow(String(request.params.id));
    const body = response.locals.body as z.infer<typeof offerSchema>;
    if (!(await getProduct(knowledge.db, body.productId))) throw new AppError('not-found', `No product with id ${body.productId}`);
    const refused: { participantId: string; reason: string }[] = [];
    let granted = 0;
    // One at a time: the engine's per-show budget is checked against what was already granted.
    for (const viewer of hub.shoppers(show.roomId)) {
      const decision = await shop.offers.request({ sessionId: show.roomId, participantId: viewer.id, productId: body.productId, variantId: body.variantId, requestedPercent: body.discountPercent });
      if (!decision.granted) {
        refused.push({ participantId: viewer.id, reason: decision.reason });
        continue;
      }
      granted += 1;
      await hub.publish(show.roomId, { type: 'offer-create', turnId: `host:${Date.now()}`, sessionId: show.roomId, audience: 'private', recipientId: viewer.id, offer: decision.offer }, { audience: 'private', recipientId: viewer.id });
    }
    response.json({ granted, refused });
  });

  router.post('/api/shows/:id/takeover', ...registry.route({ method: 'post', path: '/api/shows/:id/takeover', tag: 'shows', summary: 'A person takes the chat over (the bot stays quiet) or hands it back', roles: [...staff], body: takeoverSchema }), async (request, response) => {
    const show = await findShow(String(request.params.id));
    const { active } = response.locals.body as z.infer<typeof takeoverSchema>;
    const takeover = { active, by: active ? principalOf(response).name : null };
    await hub.setTakeover(show.roomId, takeover);
    response.json({ takeover });
  });

  async function unknownProducts(ids: string[]) {
    const found = new Set((await getProducts(knowledge.db, ids)).map((product) => product.id));
    return ids.filter((id) => !found.has(id));
  }
  return router;
}
