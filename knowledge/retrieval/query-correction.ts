import { isStopWord, words } from '../embeddings/text-tokens.ts';
import type { Queryable } from '../store/database.ts';

/** Below this trigram similarity a suggestion is more likely a different word than a typo. */
const MIN_SIMILARITY = 0.4;
/** Words remembered per search instance; a live chat repeats the same words all day. */
const CACHE_SIZE = 5_000;
/** A catalog word added by an ingest is picked up after this long. */
const CACHE_TTL_MS = 10 * 60_000;

/** A word's verdict: known to the catalog, or its closest catalog word (null = no good match). */
interface WordVerdict {
  correction: string | null;
  at: number;
}

/**
 * Typo tolerance: each query word the catalog never uses is matched by trigrams (pg_trgm) to the
 * closest catalog word, and the correction is appended to the query (the original words stay, so
 * a correct but rare word is never lost). Verdicts are cached per word.
 */
export class QueryCorrector {
  private readonly cache = new Map<string, WordVerdict>();

  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  async correct(query: string): Promise<{ query: string; corrections: Record<string, string> }> {
    const candidates = [...new Set(words(query))].filter((word) => word.length >= 4 && !isStopWord(word) && !/^\d+$/.test(word));
    const unknown = candidates.filter((word) => !this.fresh(word));
    if (unknown.length > 0) await this.lookUp(unknown);
    const corrections: Record<string, string> = {};
    for (const word of candidates) {
      const correction = this.cache.get(word)?.correction;
      if (correction) corrections[word] = correction;
    }
    const extra = Object.values(corrections);
    return { query: extra.length > 0 ? `${query} ${extra.join(' ')}` : query, corrections };
  }

  private fresh(word: string): boolean {
    const verdict = this.cache.get(word);
    return verdict !== undefined && this.now() - verdict.at < CACHE_TTL_MS;
  }

  private async lookUp(candidates: string[]): Promise<void> {
    const { rows } = await this.db.query<{ word: string; known: boolean; suggestion: string | null; similarity: number | null }>(
      `with asked as (
         select w.word, exists (select 1 from search_terms t where t.term = w.word) as known
         from unnest($1::text[]) as w(word)
       )
       select asked.word, asked.known, best.term as suggestion, best.similarity
       from asked
       left join lateral (
         select t.term, similarity(t.term, asked.word) as similarity
         from search_terms t where not asked.known and t.term % asked.word
         order by similarity(t.term, asked.word) desc, t.term limit 1
       ) best on true`,
      [candidates],
    );
    const at = this.now();
    for (const row of rows) {
      const correction = !row.known && row.suggestion && (row.similarity ?? 0) >= MIN_SIMILARITY ? row.suggestion : null;
      this.cache.delete(row.word);
      this.cache.set(row.word, { correction, at });
    }
    // Map keeps insertion order: the oldest verdicts go first.
    for (const word of this.cache.keys()) {
      if (this.cache.size <= CACHE_SIZE) break;
      this.cache.delete(word);
    }
  }
}
