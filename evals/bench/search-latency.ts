import { performance } from 'node:perf_hooks';
import {
  HashingEmbeddingModel,
  HybridSearch,
  openPgliteDatabase,
  prepareStore,
  withSearchIndexesDeferred,
  writeCatalog,
} from '../../knowledge/index.ts';
import { percentile, round } from '../metrics.ts';
import { syntheticCatalog, syntheticQueries } from './synthetic-catalog.ts';

/** Hybrid search at one catalog size: load speed, HNSW vs exact-scan latency, and recall@10. */
export interface SearchLatencyResult {
  products: number;
  passages: number;
  load: { seconds: number; productsPerSecond: number; passagesPerSecond: number; indexBuildSeconds: number };
  queries: number;
  hybrid: { p50Ms: number; p95Ms: number };
  exact: { p50Ms: number; p95Ms: number };
  speedup: { p50: number; p95: number };
  recallAt10: number;
  peakRssMb: number;
}

const WARMUP = 10;

export async function measureSearchLatency(products: number, queryCount: number): Promise<SearchLatencyResult> {
  const catalog = syntheticCatalog(products);
  const embedder = new HashingEmbeddingModel();
  const db = await openPgliteDatabase();
  try {
    const capabilities = await prepareStore(db, embedder);
    let indexStart = 0;
    const loadStart = performance.now();
    const report = await withSearchIndexesDeferred(db, embedder, capabilities, async () => {
      const written = await writeCatalog(db, embedder, { products: catalog, documents: [] }, {
        batchSize: 500,
        onProgress: (done, total) => {
          if (done % 10_000 < 500) process.stderr.write(`  loaded ${done}/${total}\n`);
        },
      });
      indexStart = performance.now();
      return written;
    });
    const loadEnd = performance.now();
    const loadSeconds = (indexStart - loadStart) / 1000;
    await db.query('analyze');

    const search = new HybridSearch(db, embedder, capabilities);
    const queries = syntheticQueries(queryCount + WARMUP);
    for (const query of queries.slice(0, WARMUP)) {
      await search.search(query);
      await search.search(query, { exact: true });
    }
    const hybridTimes: number[] = [];
    const exactTimes: number[] = [];
    const recalls: number[] = [];
    for (const query of queries.slice(WARMUP)) {
      let start = performance.now();
      const approximate = await search.search(query, { limit: 10 });
      hybridTimes.push(performance.now() - start);
      start = performance.now();
      const exact = await search.search(query, { limit: 10, exact: true });
      exactTimes.push(performance.now() - start);
      const found = new Set(approximate.map((result) => result.productId));
      if (exact.length > 0) recalls.push(exact.filter((result) => found.has(result.productId)).length / exact.length);
    }
    const hybrid = { p50Ms: round(percentile(hybridTimes, 50), 2), p95Ms: round(percentile(hybridTimes, 95), 2) };
    const exactScan = { p50Ms: round(percentile(exactTimes, 50), 2), p95Ms: round(percentile(exactTimes, 95), 2) };
    return {
      products,
      passages: report.passages,
      load: {
        seconds: round(loadSeconds, 1),
        productsPerSecond: Math.round(products / loadSeconds),
        passagesPerSecond: Math.round(report.passages / loadSeconds),
        indexBuildSeconds: round((loadEnd - indexStart) / 1000, 1),
      },
      queries: queryCount,
      hybrid,
      exact: exactScan,
      speedup: { p50: round(exactScan.p50Ms / hybrid.p50Ms, 1), p95: round(exactScan.p95Ms / hybrid.p95Ms, 1) },
      recallAt10: round(recalls.reduce((sum, value) => sum + value, 0) / recalls.length, 3),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await db.close();
  }
}

// Run as a script: one size per process, so each measurement starts from a clean heap.
if (process.argv[1]?.endsWith('search-latency.ts')) {
  const products = Number(process.argv[2] ?? 1000);
  const queries = Number(process.argv[3] ?? 200);
  console.log(JSON.stringify(await measureSearchLatency(products, queries)));
}
