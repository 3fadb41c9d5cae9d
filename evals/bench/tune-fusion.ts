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
 * `npx tsx evals/bench/tune-fusion.ts`: grid search of the fusion settings on the `queries` set
 * with two-fold cross-validation (pick on half, score on the other half), then the chosen
 * settings scored once on `held-out-queries`, which no tuning ever looks at.
 */
const tuningQueries = await readLabelledQueries('queries');
const heldOutQueries = await readLabelledQueries('held-out-queries');
const embedder = new HashingEmbeddingModel();
const db = await openPgliteDatabase();
const capabilities = await prepareStore(db, embedder);
await writeCatalog(db, embedder, await readDemoCatalog());

async function perQueryNdcg(queries: LabelledQuery[], tuning: FusionTuning, mode: 'hybrid' | 'lexical' = 'hybrid'): Promise<number[]> {
  const search = new HybridSearch(db, embedder, capabilities, tuning);
  const scores: number[] = [];
  for (const query of queries) {
    const ranked = (await search.search(query.query, { limit: 10, mode })).map((result) => result.productId ?? '');
    scores.push(ndcgAt(ranked, query.relevant, 10));
  }
  return scores;
}

const grid: FusionTuning[] = [];
for (const k of [2, 5, 10, 20, 60])
  for (const semanticWeight of [0.2, 0.3, 0.4, 0.5, 0.7, 1])
    for (const depth of [50, 100]) grid.push({ ...defaultTuning, k, lexicalWeight: 1, semanticWeight, depth });

const lexical = await perQueryNdcg(tuningQueries, defaultTuning, 'lexical');
const results: { tuning: FusionTuning; scores: number[] }[] = [];
for (const tuning of grid) results.push({ tuning, scores: await perQueryNdcg(tuningQueries, tuning) });

const inFold = (fold: number) => tuningQueries.map((_query, index) => index % 2 === fold);
const meanIn = (scores: number[], mask: boolean[]) => mean(scores.filter((_score, index) => mask[index]));
const pick = (mask: boolean[]) => results.reduce((best, result) => (meanIn(result.scores, mask) > meanIn(best.scores, mask) ? result : best));
const crossValidated = [0, 1].map((fold) => {
  const chosen = pick(inFold(fold));
  const test = inFold(1 - fold);
  return { chosen: chosen.tuning, hybridHeldOutFold: round(meanIn(chosen.scores, test)), lexicalHeldOutFold: round(meanIn(lexical, test)) };
});
const best = pick(tuningQueries.map(() => true));
const heldOut = {
  tuning: best.tuning,
  hybrid: round(mean(await perQueryNdcg(heldOutQueries, best.tuning))),
  lexical: round(mean(await perQueryNdcg(heldOutQueries, best.tuning, 'lexical'))),
};
const top = results
  .map((result) => ({ ...result.tuning, ndcgAt10: round(mean(result.scores)) }))
  .sort((a, b) => b.ndcgAt10 - a.ndcgAt10)
  .slice(0, 8);
console.log(JSON.stringify({ lexicalNdcgAt10: round(mean(lexical)), top, crossValidated, heldOut }, null, 2));
await db.close();
