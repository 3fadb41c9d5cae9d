import type { IngestSpeedResult } from './ingest-speed.ts';
import type { RetrievalQualityResult } from './retrieval-quality.ts';
import type { SearchLatencyResult } from './search-latency.ts';

interface BenchResults {
  measuredAt: string;
  machine: { node: string; cpus: number; cpuModel?: string; memoryGb: number };
  command: string;
  ingest: IngestSpeedResult;
  quality: RetrievalQualityResult[];
  latency: SearchLatencyResult[];
}

const number = (value: number) => value.toLocaleString('en-US');

/** The Markdown summary of a benchmark run, for evals/results/bench.md and the README. */
export function renderReport(results: BenchResults): string {
  const { ingest, quality, latency, machine } = results;
  const lines = [
    `Measured ${results.measuredAt.slice(0, 10)} with \`${results.command}\` on ${machine.cpus} cores (${machine.cpuModel ?? 'unknown CPU'}), Node ${machine.node}, embedded PGlite, offline hashing embeddings.`,
    '',
    `**Ingestion.** \`npx vitrine ingest\` of the ${ingest.products}-product DummyJSON file on a fresh data directory, start-up included: median ${ingest.medianSeconds} s (max ${ingest.maxSeconds} s over ${ingest.runs} runs), ${ingest.productsPerSecond} products/s end to end.`,
    '',
    '**Search latency** (synthetic catalogs; hybrid = BM25 + HNSW fused in one statement, exact = the same query with an exact vector scan; recall@10 = overlap of the hybrid top 10 with the exact top 10):',
    '',
    '| products | passages | load (products/s, passages/s) | index build | hybrid p50 / p95 | exact p50 / p95 | speed-up p50 / p95 | recall@10 | peak RSS |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...latency.map(
      (row) =>
        `| ${number(row.products)} | ${number(row.passages)} | ${number(row.load.productsPerSecond)}, ${number(row.load.passagesPerSecond)} | ${row.load.indexBuildSeconds} s | ${row.hybrid.p50Ms} / ${row.hybrid.p95Ms} ms | ${row.exact.p50Ms} / ${row.exact.p95Ms} ms | ${row.speedup.p50}× / ${row.speedup.p95}× | ${row.recallAt10} | ${number(row.peakRssMb)} MB |`,
    ),
    '',
    '**Retrieval quality** over the demo catalog (product-level; `queries` is the set the fusion was tuned on, `held-out-queries` was written afterwards and never tuned on):',
    '',
    '| query set | queries | BM25 nDCG@10 | vectors nDCG@10 | hybrid nDCG@10 | BM25 recall@10 | vectors recall@10 | hybrid recall@10 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...quality.map((row) => {
      const { lexical, semantic, hybrid } = row.byMode;
      const best = (values: number[]) => values.map((value) => (value === Math.max(...values) ? `**${value}**` : `${value}`));
      const ndcg = best([lexical.ndcgAt10, semantic.ndcgAt10, hybrid.ndcgAt10]);
      const recall = best([lexical.recallAt10, semantic.recallAt10, hybrid.recallAt10]);
      return `| ${row.set} | ${row.queries} | ${ndcg.join(' | ')} | ${recall.join(' | ')} |`;
    }),
  ];
  return lines.join('\n');
}
