import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Config } from '../core/index.ts';
import { catalogStats, loadDemoCatalog, openKnowledge } from '../knowledge/index.ts';
import { createApp } from './app.ts';

/** The composition root: opens the store, seeds the demo on first start, and serves HTTP. */
export async function startServer(config: Config) {
  const logger = pino({ level: config.logLevel });
  const knowledge = await openKnowledge(config);
  // The demo store seeds only the embedded default: a configured PostgreSQL holds the merchant's own catalog.
  if (!config.databaseUrl) {
    const seeded = await loadDemoCatalog(knowledge.db, knowledge.embedder);
    if (seeded) logger.info({ products: seeded.products, documents: seeded.documents }, 'demo catalog loaded');
  }
  const app = createApp({ knowledge, logger });
  const server = app.listen(config.port);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  logger.info({ url, ...(await catalogStats(knowledge.db)), lexical: knowledge.capabilities.lexical, embedder: knowledge.embedder.id }, 'vitrine ready');
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await knowledge.close();
    },
  };
}
