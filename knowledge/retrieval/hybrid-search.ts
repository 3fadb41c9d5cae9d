import { toSql } from 'pgvector';
import type { PassageKind } from '../catalog/passages.ts';
import type { EmbeddingModel } from '../embeddings/embedding-model.ts';
import { contentWords } from '../embeddings/text-tokens.ts';
import type { Database, Queryable } from '../store/database.ts';
import { type StoreCapabilities, vectorType } from '../store/prepare-store.ts';
import { withoutPriceWords } from './price-words.ts';
import { QueryCorrector } from './query-correction.ts';
import { expandQuery } from './query-expansion.ts';

/** Filters applied in the WHERE clause, before ranking (never after). */
export interface SearchFilters {
  category?: string;
  brand?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  /** Rank this product's passages instead of products. */
  productId?: string;
  /** Store pages only (shipping, returns, FAQ…), ranked passage by passage: for policy questions. */
  documentsOnly?: boolean;
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
  /** `hybrid` (default) fuses both rankers; the others exist for evaluation. */
  mode?: 'hybrid' | 'lexical' | 'semantic';
  /** Exact vector scan instead of HNSW: the benchmark's reference. */
  exact?: boolean;
}

export interface SearchResult {
  /** null for a store document (policy, FAQ, size guide). */
  productId: string | null;
  documentId: string | null;
  title: string;
  price: number | null;
  currency: string | null;
  /** Fused score scaled to 0–1 (1 = first in both rankings). */
  score: number;
  passage: { kind: PassageKind; text: string };
  /** A store document passage's page and section ("Returns and Refunds — Exchanges"); null for products. */
  section: string | null;
}

/** Fusion settings, tuned on evals/retrieval/queries.jsonl with `npm run bench`. */
export interface FusionTuning {
  /** Reciprocal-rank-fusion constant: score = w / (k + rank). */
  k: number;
  lexicalWeight: number;
  semanticWeight: number;
  /** Passages taken from each ranker before fusing. */
  depth: number;
  /** HNSW candidate list size: higher finds more of the exact neighbours, slower. */
  efSearch: number;
}

/**
 * Chosen by `evals/bench/tune-fusion.ts` on evals/retrieval/queries.jsonl (two-fold cross-validated).
 * A small k lets first places count; the hashing vectors vote at 0.4 because, without synonyms,
 * they are the weaker ranker (README, Benchmarks). Depth 40 ranks as well as 100 on both labelled
 * sets (nDCG@10 within 0.001) and halves the BM25 scan.
 */
export const defaultTuning: FusionTuning = { k: 5, lexicalWeight: 1, semanticWeight: 0.4, depth: 40, efSearch: 200 };

/**
 * Hybrid product search: BM25 (pg_textsearch, or built-in full text) and pgvector HNSW, fused
 * with reciprocal rank fusion in one SQL statement. A product's rank in each list is the rank of
 * its best passage, and the result cites that passage.
 */
export class HybridSearch {
  constructor(
    private readonly db: Database,
    private readonly embedder: EmbeddingModel,
    private readonly capabilities: StoreCapabilities,
    private readonly tuning: FusionTuning = defaultTuning,
  ) {
    this.corrector = new QueryCorrector(db);
  }

  private readonly corrector: QueryCorrector;

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
    const corrected = await this.corrector.correct(withoutPriceWords(query));
    // Shoppers' words → the catalog's words ("cans" → headphones): measured to help both rankers.
    const expanded = expandQuery(corrected.query).query;
    const vector = options.mode === 'lexical' ? null : await this.embedder.embedQuery(expanded);
    return this.run(expanded, vector, options);
  }

  /** Vector-only search with a vector the caller embedded (LangChain's `similaritySearchVectorWithScore`). */
  async searchVector(vector: number[], options: Omit<SearchOptions, 'mode'> = {}): Promise<SearchResult[]> {
    return this.run('', vector, { ...options, mode: 'semantic' });
  }

  private async run(query: string, vector: number[] | null, options: SearchOptions): Promise<SearchResult[]> {
    // A fractional or NaN limit would reach SQL's LIMIT as invalid bigint text.
    const requested = options.limit === undefined || Number.isNaN(options.limit) ? 10 : Math.trunc(options.limit);
    const limit = Math.max(1, Math.min(requested, 100));
    const mode = options.mode ?? 'hybrid';
    // A zero vector (a query of only stop words or punctuation, hashed) has no cosine distance:
    // pgvector returns NaN for every passage, an arbitrary order.
    const queryVector = vector?.some((value) => value !== 0) ? vector : null;
    const lexical = mode !== 'semantic' && contentWords(query).length > 0;
    const semantic = mode !== 'lexical' && queryVector !== null;
    // Nothing to rank by; the statement would also leave its parameters untyped.
    if (!lexical && !semantic) return [];
    const { sql, params } = buildSearchSql(query, queryVector, { ...options, limit, mode }, this.capabilities, this.tuning);
    // iterative_scan lets HNSW keep scanning until enough rows pass the filters.
    const rows = await this.db.transaction(async (tx: Queryable) => {
      await tx.query(`set local hnsw.ef_search = ${Math.trunc(Math.max(this.tuning.efSearch, this.tuning.depth))}`);
      await tx.query(`set local hnsw.iterative_scan = relaxed_order`);
      return (await tx.query<ResultRow>(sql, params)).rows;
    });
    const best = (mode === 'hybrid' ? this.tuning.lexicalWeight + this.tuning.semanticWeight : mode === 'lexical' ? this.tuning.lexicalWeight : this.tuning.semanticWeight) / (this.tuning.k + 1);
    return rows.map((row) => ({
      productId: row.product_id,
      documentId: row.document_id,
      title: row.product_title ?? row.document_title ?? '',
      price: row.price,
      currency: row.currency,
      score: Math.round((row.score / best) * 10_000) / 10_000,
      passage: { kind: row.kind, text: row.text },
      section: row.section,
    }));
  }
}

interface ResultRow {
  product_id: string | null;
  document_id: string | null;
  product_title: string | null;
  document_title: string | null;
  price: number | null;
  currency: string | null;
  score: number;
  kind: PassageKind;
  text: string;
  section: string | null;
}

type BuildOptions = SearchOptions & { limit: number; mode: NonNullable<SearchOptions['mode']> };

/** Builds the one fused statement; exported for the benchmark's plan checks. */
export function buildSearchSql(
  query: string,
  vector: number[] | null,
  options: BuildOptions,
  capabilities: StoreCapabilities,
  tuning: FusionTuning,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;

  const filters: string[] = [];
  const productFilter = options.category || options.brand || options.minPrice !== undefined || options.maxPrice !== undefined || options.inStock;
  if (options.category) filters.push(`lower(pr.category) = lower(${param(options.category)})`);
  if (options.brand) filters.push(`lower(pr.brand) = lower(${param(options.brand)})`);
  if (options.minPrice !== undefined) filters.push(`pr.price >= ${param(options.minPrice)}`);
  if (options.maxPrice !== undefined) filters.push(`pr.price <= ${param(options.maxPrice)}`);
  if (options.inStock) filters.push('pr.in_stock');
  if (options.productId) filters.push(`p.product_id = ${param(options.productId)}`);
  if (options.documentsOnly) filters.push('p.document_id is not null');
  // Documents have no price or category: a product filter leaves them out.
  const join = productFilter ? 'join products pr on pr.id = p.product_id' : '';
  const where = (condition: string) => ['where', [condition, ...filters].join(' and ')].join(' ');
  const depth = param(Math.max(tuning.depth, options.limit * 4));

  const lexicalTerms = contentWords(query);
  let lexicalHits = 'select null::bigint as id, null::float8 as lexical_score where false';
  if (options.mode !== 'semantic' && lexicalTerms.length > 0) {
    if (capabilities.lexical === 'bm25') {
      // <@> returns a negative BM25 score (ascending order is what the index scans); 0 = no match.
      const bm25 = `(p.search_text <@> to_bm25query(${param(lexicalTerms.join(' '))}, 'passages_bm25'))`;
      lexicalHits = `select id, -lexical_score as lexical_score from (
          select p.id, ${bm25} as lexical_score from passages p ${join} ${where('true')}
          order by ${bm25} limit ${depth}) top where lexical_score < 0`;
    } else {
      const tsquery = `to_tsquery('english', ${param(lexicalTerms.map((term) => term.replace(/[^a-z0-9]/g, '')).filter(Boolean).join(' | '))})`;
      // ts_rank, not ts_rank_cd: with OR queries cover density counts each single-word hit alike,
      // so a long passage repeating one word tied with a short one matching all of them
      // (product nDCG@10 on evals/retrieval: lexical 0.807 -> 0.850, hybrid 0.791 -> 0.821).
      lexicalHits = `select p.id, ts_rank(p.text_search, ${tsquery}) as lexical_score
          from passages p ${join} ${where(`p.text_search @@ ${tsquery}`)}
          order by lexical_score desc limit ${depth}`;
    }
  }
  let semanticHits = 'select null::bigint as id, null::float8 as distance where false';
  if (options.mode !== 'lexical' && vector) {
    const distance = `(p.embedding <=> ${param(toSql(vector))}::${vectorType(vector.length)})`;
    // "+ 0" hides the expression from the HNSW index: an exact scan, for the benchmark's reference.
    const order = options.exact ? `${distance} + 0` : distance;
    semanticHits = `select p.id, ${distance} as distance from passages p ${join}
        ${where('p.embedding is not null')} order by ${order} limit ${depth}`;
  }

  const lexicalWeight = options.mode === 'semantic' ? 0 : tuning.lexicalWeight;
  const semanticWeight = options.mode === 'lexical' ? 0 : tuning.semanticWeight;
  const k = param(tuning.k);
  // One product's passages, or the store pages alone, are ranked passage by passage; otherwise by product (or page).
  const item = options.productId || options.documentsOnly ? 'p.id::text' : `coalesce(p.product_id, 'doc:' || p.document_id)`;
  const sql = `
    with lexical_hits as materialized (${lexicalHits}),
    semantic_hits as materialized (${semanticHits}),
    lexical as (select id, row_number() over (order by lexical_score desc, id) as rank from lexical_hits),
    semantic as (select id, row_number() over (order by distance, id) as rank from semantic_hits),
    scored as (
      select p.id, p.product_id, p.document_id, p.kind, p.text, ${item} as item,
             l.rank as lexical_rank, s.rank as semantic_rank,
             coalesce(${param(lexicalWeight)}::float8 / (${k} + l.rank), 0)
               + coalesce(${param(semanticWeight)}::float8 / (${k} + s.rank), 0) as passage_score
      from lexical l full join semantic s on s.id = l.id
      join passages p on p.id = coalesce(l.id, s.id)
    ),
    items as (
      select item, min(lexical_rank) as best_lexical, min(semantic_rank) as best_semantic from scored group by item
    ),
    ranked as (
      select item,
             case when best_lexical is null then null else row_number() over (order by best_lexical nulls last) end as lexical_rank,
             case when best_semantic is null then null else row_number() over (order by best_semantic nulls last) end as semantic_rank
      from items
    ),
    fused as (
      select item, coalesce(${param(lexicalWeight)}::float8 / (${k} + lexical_rank), 0)
                   + coalesce(${param(semanticWeight)}::float8 / (${k} + semantic_rank), 0) as score
      from ranked
    ),
    best_passage as (
      select distinct on (item) * from scored order by item, passage_score desc, id
    )
    select b.product_id, b.document_id, pr.title as product_title, d.title as document_title,
           pr.price, pr.currency, f.score, b.kind, b.text,
           left(ds.search_text, greatest(length(ds.search_text) - length(b.text) - 2, 0)) as section
    from fused f
    join best_passage b on b.item = f.item
    left join products pr on pr.id = b.product_id
    left join store_documents d on d.id = b.document_id
    left join passages ds on ds.id = b.id and b.document_id is not null
    order by f.score desc, f.item
    limit ${param(options.limit)}`;
  return { sql, params };
}
