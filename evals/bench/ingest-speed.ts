import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { round } from '../metrics.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface IngestSpeedResult {
  file: string;
  products: number;
  runs: number;
  /** Wall time of `npx vitrine ingest` on a fresh data directory, start-up included. */
  medianSeconds: number;
  maxSeconds: number;
  productsPerSecond: number;
}

/** Times the real CLI, as a merchant runs it, on a fresh embedded database each run. */
export async function measureIngestSpeed(file: string, runs = 3): Promise<IngestSpeedResult> {
  const seconds: number[] = [];
  let products = 0;
  for (let run = 0; run < runs; run++) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-bench-'));
    try {
      const start = performance.now();
      const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'bin/vitrine.js'), 'ingest', file, '--json'], {
        env: { ...process.env, VITRINE_DATA_DIR: dataDir },
      });
      seconds.push((performance.now() - start) / 1000);
      products = (JSON.parse(stdout) as { products: number }).products;
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)]!;
  return {
    file: path.relative(root, file),
    products,
    runs,
    medianSeconds: round(median, 2),
    maxSeconds: round(Math.max(...seconds), 2),
    productsPerSecond: Math.round(products / median),
  };
}
