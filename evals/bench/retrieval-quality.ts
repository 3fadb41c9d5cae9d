import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type FusionTuning,
  HashingEmbeddingModel,
  HybridSearch,
  openPgliteDatabase,
  prepareStore,
  readDemoCatalog,
  type SearchOptions,
  writeCatalog,
} from '../../knowledge/index.ts';
import { mean, ndcgAt, recallAt, round } from '../metrics.ts';

/** One labelled shopper query: graded relevance per product id (2 = exactly it, 1 = acceptable). */
export interface LabelledQuery {
  id: string;
  query: string;
  relevant: Record<string, number>;
  kind: string;
}

export type RetrievalMode = NonNullable<SearchOptions['mode']>;
export interface ModeScores {
  ndcgAt10: number;
  recallAt10: number;
}
export interface RetrievalQualityResult {
  set: QuerySet;
  queries: number;
  byMode: Record<RetrievalMode, ModeScores>;
  hybridByKind: Record<string, ModeScores & { queries: number }>;
}

const modes: RetrievalMode[] = ['lexical', 'semantic', 'hybrid'];

/** The labelled sets in evals/retrieval: `queries` (tuned on) and `held-out-queries` (never tuned on). */
export type QuerySet = 'queries' | 'held-out-queries';

export async function readLabelledQueries(set: QuerySet = 'queries'): Promise<LabelledQuery[]> {
  const text = await readFile(path.join(import.meta.dirname, `../retrieval/${set}.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledQuery);
}

/**
 * Product-level nDCG@10 and recall@10 of BM25 alone, vectors alone and the hybrid over the demo
 * catalog. Store documents in a ranking count as misses: shoppers see them too.
 */
export async function measureRetrievalQuality(set: QuerySet = 'queries', tuning?: FusionTuning): Promise<RetrievalQualityResult> {
  const queries = await readLabelledQueries(set);
  const embedder = new HashingEmbeddingModel();
  const db = await openPgliteDatabase();
  try {
    const capabilities = await prepareStore(db, embedder);
    await writeCatalog(db, embedder, await readDemoCatalog());
    const search = new HybridSearch(db, embedder, capabilities, tuning);
    const scores: Record<RetrievalMode, { query: LabelledQuery; ndcg: number; recall: number }[]> = { lexical: [], semantic: [], hybrid: [] };
    for (const query of queries) {
      for (const mode of modes) {
        const ranked = (await search.search(query.query, { limit: 10, mode })).map((result) => result.productId ?? `doc:${result.documentId}`);
        const relevant = Object.keys(query.relevant).filter((id) => query.relevant[id]! > 0);
        scores[mode].push({ query, ndcg: ndcgAt(ranked, query.relevant, 10), recall: recallAt(ranked, relevant, 10) });
      }
    }
    const summarise = (rows: { ndcg: number; recall: number }[]): ModeScores => ({
      ndcgAt10: round(mean(rows.map((row) => row.ndcg))),
      recallAt10: round(mean(rows.map((row) => row.recall))),
    });
    const kinds = [...new Set(queries.map((query) => query.kind))].sort();
    return {
      set,
      queries: queries.length,
      byMode: { lexical: summarise(scores.lexical), semantic: summarise(scores.semantic), hybrid: summarise(scores.hybrid) },
      hybridByKind: Object.fromEntries(
        kinds.map((kind) => {
          const rows = scores.hybrid.filter((row) => row.query.kind === kind);
          return [kind, { queries: rows.length, ...summarise(rows) }];
        }),
      ),
    };
  } finally {
    await db.close();
  }
}

if (process.argv[1]?.endsWith('retrieval-quality.ts')) {
  console.log(JSON.stringify(await measureRetrievalQuality((process.argv[2] as QuerySet | undefined) ?? 'queries'), null, 2));
}
