import { randomBytes } from 'node:crypto';
import express from 'express';
import { z } from 'zod';
import { deleteOfferPolicy, listOfferPolicies, offerPolicyUpsertSchema, upsertOfferPolicy } from '../../agent/index.ts';
import { AppError } from '../../core/index.ts';
import { catalogFormats, describeSkippedRow, detectFormat, parseCatalog, writeCatalog } from '../../knowledge/index.ts';
import type { RouteContext } from '../app-dependencies.ts';

const staffTokenSchema = z.strictObject({
  role: z.enum(['host', 'admin', 'agent']),
  /** A stylist of the booking calendar: the token admits that stylist's calls. */
  staffId: z.string().trim().min(1).optional(),
  /** The name shown in chats; a stylist's own name when staffId is given. */
  name: z.string().trim().min(1).max(40).optional(),
});

const withdrawSchema = z.strictObject({ participantId: z.string().trim().min(1).max(200) });

const uploadQuerySchema = z.object({
  format: z.enum(['auto', ...catalogFormats]).default('auto'),
  filename: z.string().max(200).default('upload'),
});

/** Catalog uploads must fit in memory and in one request; bigger catalogs go through `vitrine ingest`. */
const maxUploadBytes = '20mb';

/** The admin's tools: catalog upload (the same ingestion as the CLI) and the offer policy editor. */
export function adminRoutes({ registry, knowledge, logger, tokens, bookings, withdrawals }: RouteContext) {
  const router = express.Router();
  const admin = ['admin'] as const;

  router.post('/api/admin/tokens', ...registry.route({ method: 'post', path: '/api/admin/tokens', tag: 'admin', summary: "Issue a staff token: a show host, a stylist (who may then serve their own calls), an admin or the agent service", roles: [...admin], body: staffTokenSchema }), async (_request, response) => {
    const body = response.locals.body as z.infer<typeof staffTokenSchema>;
    const stylist = body.staffId ? (await bookings.listStaff()).find((member) => member.id === body.staffId) : undefined;
    if (body.staffId && !stylist) throw new AppError('not-found', `No stylist with id ${body.staffId}`);
    const name = stylist?.name ?? body.name;
    if (!name) throw new AppError('invalid-input', 'name: a name is needed (or a staffId)');
    const id = stylist ? `staff:${stylist.id}` : `${body.role === 'agent' ? 'agent' : 'staff'}:${randomBytes(6).toString('base64url')}`;
    const participant = { id, name, role: body.role };
    response.status(201).json({ token: await tokens.issue({ ...participant, room: null }), participant });
  });

  router.post('/api/admin/tokens/withdraw', ...registry.route({ method: 'post', path: '/api/admin/tokens/withdraw', tag: 'admin', summary: "Withdraw a participant's sign-in: every token issued to them so far is refused (a stylist's id is staff:<staffId>)", roles: [...admin], body: withdrawSchema }), async (_request, response) => {
    const { participantId } = response.locals.body as z.infer<typeof withdrawSchema>;
    const at = new Date();
    await withdrawals.withdraw(participantId, at);
    response.json({ participantId, withdrawnAt: at.toISOString() });
  });

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
