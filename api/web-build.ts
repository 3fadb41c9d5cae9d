import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

const webDir = new URL('../web/', import.meta.url).pathname;

/**
 * Builds the web pages with Vite when web/dist is missing or older than their sources, so
 * `npm start` on a fresh clone serves pages without a separate build step.
 */
export async function ensureWebBuild(logger?: Logger): Promise<string> {
  const outDir = path.join(webDir, 'dist');
  const built = path.join(outDir, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return outDir;
  logger?.info('building the web pages (first start after a change)');
  // Vite is a build tool: loaded only when a build is needed.
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  return outDir;
}

function newestSource(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stats = statSync(entry);
    if (stats.isDirectory()) for (const name of readdirSync(entry)) visit(path.join(entry, name));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const entry of ['src', 'index.html', 'vite.config.ts']) visit(path.join(webDir, entry));
  // The shared contract is part of the pages too.
  visit(new URL('../core/', import.meta.url).pathname);
  return newest;
}
