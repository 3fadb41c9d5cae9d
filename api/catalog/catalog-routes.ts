import express from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { toProductCard } from '../../agent/index.ts';
import { AppError, sessionModeSchema } from '../../core/index.ts';
import { getProduct, getProducts, listProducts } from '../../knowledge/index.ts';
import type { RouteContext } from '../app-dependencies.ts';
import { principalOf } from '../auth/index.ts';

const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q (the query) is required').max(500),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  product: z.string().optional(),
  category: z.string().optional(),
  brand: z.string().optional(),
  minPrice: z.coerce.number().nonnegative().optional(),
  maxPrice: z.coerce.number().nonnegative().optional(),
  inStock: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
});

const productsQuerySchema = z.object({
  category: z.string().optional(),
  brand: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const askSchema = z.strictObject({
  question: z.string().trim().min(1, 'ask something').max(2000),
  /** Defaults to a private session of this participant. */
  sessionId: z.string().trim().min(1).max(200).optional(),
  mode: sessionModeSchema.default('concierge'),
});

/** Catalog reads and the brain as a plain request (`POST /api/ask`): the same events a room gets. */
export function catalogRoutes({ registry, knowledge, shop, logger }: RouteContext) {
  const router = express.Router();

  router.get('/api/products', ...registry.route({ method: 'get', path: '/api/products', tag: 'catalog', summary: 'Product cards, cheapest first', query: productsQuerySchema }), async (_request, response) => {
    const query = response.locals.query as z.infer<typeof productsQuerySchema>;
    const listings = await listProducts(knowledge.db, { category: query.category, brand: query.brand, limit: query.limit });
    const products = await getProducts(knowledge.db, listings.map((listing) => listing.productId));
    const byId = new Map(products.map((product) => [product.id, product]));
    response.json({ products: listings.flatMap((listing) => (byId.has(listing.productId) ? [toProductCard(byId.get(listing.productId)!)] : [])) });
  });

  router.get('/api/products/:id', ...registry.route({ method: 'get', path: '/api/products/:id', tag: 'catalog', summary: 'One product with its card' }), async (request, response) => {
    const product = await getProduct(knowledge.db, String(request.params.id));
    if (!product) throw new AppError('not-found', `No product with id ${request.params.id}`);
    response.json({ product, card: toProductCard(product) });
  });

  router.get('/api/search', ...registry.route({ method: 'get', path: '/api/search', tag: 'catalog', summary: 'Hybrid search (BM25 + vectors) over the catalog', query: searchQuerySchema }), async (_request, response) => {
    const { q, product, ...filters } = response.locals.query as z.infer<typeof searchQuerySchema>;
    response.json({ query: q, results: await knowledge.search.search(q, { ...filters, productId: product }) });
  });

  const askLimit = rateLimit({
    windowMs: 10_000,
    limit: 10,
    keyGenerator: (_request, response) => principalOf(response).id,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: () => {
      throw new AppError('rate-limited', 'You are asking quickly — wait a few seconds before the next question.');
    },
  });
  const askContract = registry.route({ method: 'post', path: '/api/ask', tag: 'brain', summary: "Ask the brain; answers with the brain's typed events", roles: ['admin', 'host', 'viewer', 'customer', 'agent'], body: askSchema });
  router.post('/api/ask', askContract[0]!, askLimit, ...askContract.slice(1), async (_request, response) => {
    const principal = principalOf(response);
    const body = response.locals.body as z.infer<typeof askSchema>;
    // A session id names whose conversation it is: without one, the participant's own.
    const sessionId = body.sessionId ?? `ask:${principal.id}`;
    if (body.sessionId && principal.role !== 'agent' && !body.sessionId.startsWith(`ask:${principal.id}`)) {
      throw new AppError('forbidden', `Only the agent service may speak in another session; use a sessionId starting with "ask:${principal.id}" or none.`);
    }
    const started = performance.now();
    const events = await shop.brain.respond({ sessionId, participantId: principal.id, displayName: principal.name, mode: body.mode, text: body.question });
    logger.debug({ ms: Math.round(performance.now() - started) }, 'ask answered');
    response.json({ sessionId, events });
  });
  return router;
}
