import express from 'express';
import { AppError } from '../../core/index.ts';
import type { RouteContext } from '../app-dependencies.ts';
import { showAnalytics } from './show-analytics.ts';

/** Key figures for the host dashboard. */
export function analyticsRoutes({ registry, shows, knowledge, hub, log, questions }: RouteContext) {
  const router = express.Router();
  router.get('/api/analytics/shows/:id', ...registry.route({ method: 'get', path: '/api/analytics/shows/:id', tag: 'analytics', summary: 'Key figures of a show', roles: ['host', 'admin'] }), async (request, response) => {
    const show = await shows.get(String(request.params.id));
    if (!show) throw new AppError('not-found', `No show with id ${request.params.id}`);
    response.json(await showAnalytics({ db: knowledge.db, hub, log, questions }, show.roomId));
  });
  return router;
}
