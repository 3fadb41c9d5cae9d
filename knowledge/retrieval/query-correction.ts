import { isStopWord, words } from '../embeddings/text-tokens.ts';
import type { Queryable } from '../store/database.ts';

/** Below this trigram similarity a suggestion is more likely a different word than a typo. */
const MIN_SIMILARITY = 0.4;

/**
 * Typo tolerance: each query word the catalog never uses is matched by trigrams (pg_trgm) to the
 * closest catalog word. Returns the query with the corrections appended (the original words stay,
 * so a correct but rare word is never lost).
 */
export async function correctQuery(db: Queryable, query: string): Promise<{ query: string; corrections: Record<string, string> }> {
  const candidates = [...new Set(words(query))].filter((word) => word.length >= 4 && !isStopWord(word) && !/^\d+$/.test(word));
  if (candidates.length === 0) return { query, corrections: {} };
  const { rows } = await db.query<{ word: string; known: boolean; suggestion: string | null; similarity: number | null }>(
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
  const corrections: Record<string, string> = {};
  for (const row of rows) {
    if (!row.known && row.suggestion && (row.similarity ?? 0) >= MIN_SIMILARITY) corrections[row.word] = row.suggestion;
  }
  const extra = Object.values(corrections);
  return { query: extra.length > 0 ? `${query} ${extra.join(' ')}` : query, corrections };
}
