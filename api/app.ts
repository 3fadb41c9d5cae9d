import express from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AppError } from '../core/index.ts';
import { getProduct, type Knowledge } from '../knowledge/index.ts';
import { httpErrorHandler } from './http-errors.ts';

export interface AppDependencies {
  knowledge: Knowledge;
  logger: Logger;
}

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

/** The HTTP application; the caller decides where it listens (tests use port 0). */
export function createApp({ knowledge, logger }: AppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  app.get('/api/search', async (request, response) => {
    const parsed = searchQuerySchema.safeParse(request.query);
    if (!parsed.success) throw new AppError('invalid-input', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    const { q, product, ...filters } = parsed.data;
    response.json({ query: q, results: await knowledge.search.search(q, { ...filters, productId: product }) });
  });

  app.get('/api/products/:id', async (request, response) => {
    const product = await getProduct(knowledge.db, request.params.id);
    if (!product) throw new AppError('not-found', `No product with id ${request.params.id}`);
    response.json({ product });
  });

  app.use('/api', (_request, _response) => {
    throw new AppError('not-found', 'No such API route');
  });
  app.use(httpErrorHandler(logger));
  return app;
}
