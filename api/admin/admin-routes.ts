import express from 'express';
import { z } from 'zod';
import { deleteOfferPolicy, listOfferPolicies, offerPolicyUpsertSchema, upsertOfferPolicy } from '../../agent/index.ts';
import { AppError } from '../../core/index.ts';
import { catalogFormats, describeSkippedRow, detectFormat, parseCatalog, writeCatalog } from '../../knowledge/index.ts';
import type { RouteContext } from '../app-dependencies.ts';

const uploadQuerySchema = z.object({
  format: z.enum(['auto', ...catalogFormats]).default('auto'),
  filename: z.string().max(200).default('upload'),
});

/** Catalog uploads must fit in memory and in one request; bigger catalogs go through `vitrine ingest`. */
const maxUploadBytes = '20mb';

/** The admin's tools: catalog upload (the same ingestion as the CLI) and the offer policy editor. */
export function adminRoutes({ registry, knowledge, logger }: RouteContext) {
  const router = express.Router();
  const admin = ['admin'] as const;

  router.post(
    '/api/admin/catalog',
    ...registry.route({ method: 'post', path: '/api/admin/catalog', tag: 'admin', summary: 'Upload a catalog file (JSON, CSV, Shopify CSV or Markdown); bad rows are reported, good rows land', roles: [...admin], query: uploadQuerySchema, rawBody: 'text/plain' }),
    express.text({ type: () => true, limit: maxUploadBytes }),
    async (request, response) => {
      const query = response.locals.query as z.infer<typeof uploadQuerySchema>;
      const content = typeof request.body === 'string' ? request.body : '';
      if (!content.trim()) throw new AppError('invalid-input', 'The uploaded file is empty.');
      const format = query.format === 'auto' ? detectFormat(content, query.filename) : query.format;
      const parsed = parseCatalog(content, { format, fileName: query.filename });
      const report = await writeCatalog(knowledge.db, knowledge.embedder, parsed, { batchSize: 100 });
      logger.info({ format, products: report.products, skipped: parsed.skipped.length }, 'catalog uploaded');
      response.json({
        format,
        report: { ...report, skipped: parsed.skipped.map((skipped) => ({ ...skipped, description: describeSkippedRow(skipped, format) })) },
      });
    },
  );

  router.get('/api/admin/offer-policies', ...registry.route({ method: 'get', path: '/api/admin/offer-policies', tag: 'admin', summary: 'Offer policies, most general first', roles: [...admin] }), async (_request, response) => {
    response.json({ policies: await listOfferPolicies(knowledge.db) });
  });

  router.put('/api/admin/offer-policies', ...registry.route({ method: 'put', path: '/api/admin/offer-policies', tag: 'admin', summary: 'Create or replace the policy of a scope', roles: [...admin], body: offerPolicyUpsertSchema }), async (_request, response) => {
    response.json({ policy: await upsertOfferPolicy(knowledge.db, response.locals.body) });
  });

  router.delete('/api/admin/offer-policies/:id', ...registry.route({ method: 'delete', path: '/api/admin/offer-policies/:id', tag: 'admin', summary: 'Delete a policy (the defaults apply again)', roles: [...admin] }), async (request, response) => {
    if (!(await deleteOfferPolicy(knowledge.db, String(request.params.id)))) throw new AppError('not-found', `No offer policy with id ${request.params.id}`);
    response.json({ deleted: true });
  });
  return router;
}
