import { loadConfig } from '../../core/index.ts';
import { startServer } from '../server.ts';
import type { CliIo } from './cli-io.ts';

/** `vitrine start` / `npm start`: serves until interrupted. */
export async function startCommand(io: CliIo): Promise<number> {
  const server = await startServer(loadConfig(io.env));
  io.stdout(`\nvitrine is running\n  Search API:  ${server.url}/api/search?q=gift+for+a+coffee+lover\n  Health:      ${server.url}/healthz\n\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
