import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { measureIngestSpeed } from './ingest-speed.ts';
import { measureRetrievalQuality, type RetrievalQualityResult } from './retrieval-quality.ts';
import type { SearchLatencyResult } from './search-latency.ts';
import { renderReport } from './render-report.ts';

/**
 * `npm run bench [-- --sizes 1000,10000,50000 --queries 200]`: ingestion speed, retrieval
 * quality and search latency, written to evals/results/bench.{json,md} and the README.
 */
const root = path.resolve(import.meta.dirname, '../..');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const sizes = argument('sizes', '1000,10000,50000').split(',').map(Number);
const queryCount = Number(argument('queries', '200'));
const log = (message: string) => process.stderr.write(`${message}\n`);

log('ingest: DummyJSON through the real CLI…');
const ingest = await measureIngestSpeed(path.resolve(root, '../shared/data/dummyjson-products.json'));

const quality: RetrievalQualityResult[] = [];
for (const set of ['queries', 'held-out-queries'] as const) {
  if (!existsSync(path.join(root, `evals/retrieval/${set}.jsonl`))) continue;
  log(`quality: ${set}…`);
  quality.push(await measureRetrievalQuality(set));
}

const latency: SearchLatencyResult[] = [];
for (const size of sizes) {
  log(`latency: ${size} products (own process)…`);
  // One process per size: a clean heap, and a peak RSS that belongs to this size alone.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'search-latency.ts'), String(size), String(queryCount)],
    { maxBuffer: 1 << 24 },
  );
  latency.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as SearchLatencyResult);
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30) },
  command: `npm run bench -- --sizes ${sizes.join(',')} --queries ${queryCount}`,
  ingest,
  quality,
  latency,
};
await mkdir(path.join(root, 'evals/results'), { recursive: true });
await writeFile(path.join(root, 'evals/results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
const report = renderReport(results);
await writeFile(path.join(root, 'evals/results/bench.md'), `${report}\n`);

// The README carries the latest figures between markers, so it never drifts from the results file.
const readmePath = path.join(root, 'README.md');
const readme = await readFile(readmePath, 'utf8');
const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${report}\n<!-- bench:end -->`);
await writeFile(readmePath, updated);
log(updated === readme ? 'README unchanged (no bench markers or same figures)' : 'README updated');
console.log(report);
