import {
  defaultTuning,
  type FusionTuning,
  HashingEmbeddingModel,
  HybridSearch,
  openPgliteDatabase,
  prepareStore,
  readDemoCatalog,
  writeCatalog,
} from '../../knowledge/index.ts';
import { mean, ndcgAt, round } from '../metrics.ts';
import { type LabelledQuery, readLabelledQueries } from './retrieval-quality.ts';

/**
 * Grid search of the fusion settings on the labelled set, with two-fold cross-validation (pick
 * on half the queries, score on the other half) so the chosen default is not fitted to its own test.
 */
const queries = await readLabelledQueries();
const embedder = new HashingEmbeddingModel();
const db = await openPgliteDatabase();
const capabilities = await prepareStore(db, embedder);
await writeCatalog(db, embedder, await readDemoCatalog());

async function perQueryNdcg(tuning: FusionTuning, mode: 'hybrid' | 'lexical' = 'hybrid'): Promise<number[]> {
  const search = new HybridSearch(db, embedder, capabilities, tuning);
  const scores: number[] = [];
  for (const query of queries) {
    const ranked = (await search.search(query.query, { limit: 10, mode })).map((result) => result.productId ?? '');
    scores.push(ndcgAt(ranked, query.relevant, 10));
  }
  return scores;
}

const grid: FusionTuning[] = [];
for (const k of [5, 10, 20, 40, 60])
  for (const semanticWeight of [0.3, 0.5, 0.7, 1])
    for (const depth of [50, 100]) grid.push({ ...defaultTuning, k, semanticWeight, depth });

const lexical = await perQueryNdcg(defaultTuning, 'lexical');
const results: { tuning: FusionTuning; scores: number[] }[] = [];
for (const tuning of grid) results.push({ tuning, scores: await perQueryNdcg(tuning) });

const folds = [0, 1].map((fold) => queries.map((_query: LabelledQuery, index) => index % 2 === fold));
const pick = (inFold: boolean[]) =>
  results.reduce((best, result) => {
    const score = mean(result.scores.filter((_s, index) => inFold[index]));
    return score > best.score ? { score, result } : best;
  }, { score: -1, result: results[0]! });
const crossValidated = folds.map((trainFold, fold) => {
  const chosen = pick(trainFold).result;
  const testFold = folds[1 - fold]!;
  return {
    chosen: chosen.tuning,
    hybridHeldOut: round(mean(chosen.scores.filter((_s, index) => testFold[index]))),
    lexicalHeldOut: round(mean(lexical.filter((_s, index) => testFold[index]))),
  };
});
const ranked = results
  .map((result) => ({ ...result.tuning, ndcgAt10: round(mean(result.scores)) }))
  .sort((a, b) => b.ndcgAt10 - a.ndcgAt10);
console.log(JSON.stringify({ lexicalNdcgAt10: round(mean(lexical)), top: ranked.slice(0, 8), crossValidated }, null, 2));
await db.close();
