import net from 'node:net';
import { pino } from 'pino';
import { loadConfig } from '../../core/index.ts';
import { HashingEmbeddingModel, openKnowledge, openPgliteDatabase, readDemoCatalog, writeCatalog } from '../../knowledge/index.ts';
import { createApp } from '../app.ts';
import type { AppDependencies } from '../app-dependencies.ts';
import { seedDemoStaff } from '../bookings/index.ts';
import { createServices } from '../services.ts';
import { ensureDemoShow } from '../shows/demo-show.ts';
import { ShowDirectory } from '../shows/show-directory.ts';
import { ensureWebBuild } from '../web-build.ts';

export interface TestServer {
  /** http://127.0.0.1:PORT — also the public URL its links use. */
  url: string;
  /** An admin token (admins may do whatever hosts may). */
  staffToken: string;
  services: AppDependencies;
  close(): Promise<void>;
}

/**
 * The whole product on 127.0.0.1 for a test: an in-memory embedded database with the demo
 * catalog, show and staff, the built pages (with `web: true`), real HTTP and WebSocket rooms.
 */
export async function startTestServer(options: { web?: boolean; clock?: () => Date; env?: Record<string, string> } = {}): Promise<TestServer> {
  const port = await freePort();
  const config = loadConfig({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...options.env });
  const embedder = new HashingEmbeddingModel();
  const knowledge = await openKnowledge(config, { db: await openPgliteDatabase(), embedder });
  await writeCatalog(knowledge.db, embedder, await readDemoCatalog());
  await seedDemoStaff(knowledge.db);
  await ensureDemoShow(new ShowDirectory(knowledge.db));
  const webRoot = options.web ? await ensureWebBuild() : null;
  const services = await createServices(config, knowledge, { logger: pino({ level: 'silent' }), webRoot, clock: options.clock });
  const running = await createApp(services).listen(port, '127.0.0.1');
  return {
    url: running.url,
    staffToken: await services.tokens.issue({ id: 'staff:test-admin', role: 'admin', name: 'Host', room: null }),
    services,
    async close() {
      services.stage.stopAll();
      await running.close();
      await knowledge.close();
    },
  };
}

/** A port free right now: links must carry the real port, so it is chosen before the app is built. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
