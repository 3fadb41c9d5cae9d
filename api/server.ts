import { pino } from 'pino';
import type { Config } from '../core/index.ts';
import { catalogStats, loadDemoCatalog, openKnowledge } from '../knowledge/index.ts';
import { createApp } from './app.ts';
import { seedDemoStaff } from './bookings/index.ts';
import { createServices } from './services.ts';
import { ensureDemoShow } from './shows/demo-show.ts';
import { ShowDirectory } from './shows/show-directory.ts';
import { ensureWebBuild } from './web-build.ts';

/** The composition root: opens the store, seeds the demo on the embedded default, serves HTTP and rooms. */
export async function startServer(config: Config, options: { webRoot?: string | null } = {}) {
  const logger = pino({ level: config.logLevel, redact: ['email', '*.email', 'token', '*.token'] });
  const knowledge = await openKnowledge(config);
  // The demo store seeds only the embedded default: a configured PostgreSQL holds the merchant's own catalog.
  if (!config.databaseUrl) {
    const seeded = await loadDemoCatalog(knowledge.db, knowledge.embedder);
    if (seeded) logger.info({ products: seeded.products, documents: seeded.documents }, 'demo catalog loaded');
    await seedDemoStaff(knowledge.db);
    await ensureDemoShow(new ShowDirectory(knowledge.db));
  }
  const webRoot = options.webRoot === undefined ? await ensureWebBuild(logger) : options.webRoot;
  const services = await createServices(config, knowledge, { logger, webRoot });
  const running = await createApp(services).listen(config.port);
  const staffToken = await services.tokens.issue({ id: 'staff:local-admin', role: 'admin', name: 'Host', room: null });
  const shows = await services.shows.list();
  logger.info({ url: running.url, ...(await catalogStats(knowledge.db)), lexical: knowledge.capabilities.lexical, embedder: knowledge.embedder.id }, 'vitrine ready');
  return {
    url: running.url,
    /** An admin token for local use (printed at start-up; valid for a week). */
    staffToken,
    showIds: shows.map((show) => show.id),
    services,
    async close() {
      services.stage.stopAll();
      await running.close();
      await knowledge.close();
    },
  };
}
