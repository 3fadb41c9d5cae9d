import { toSql } from 'pgvector';
import type { EmbeddingModel } from '../embeddings/embedding-model.ts';
import type { Database } from '../store/database.ts';
import { roundVector } from './catalog-writer.ts';
import { recordEmbeddingModel, resetEmbeddings, vectorType } from '../store/prepare-store.ts';

/**
 * Re-embeds every passage with `embedder` (after a change of embedding model). The passages
 * themselves are kept; only their vectors and the column size change.
 */
export async function reindexCatalog(
  db: Database,
  embedder: EmbeddingModel,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ passages: number }> {
  const batchSize = options.batchSize ?? 256;
  await resetEmbeddings(db, embedder);
  const { rows: counts } = await db.query<{ total: number }>('select count(*)::int as total from passages');
  const total = counts[0]!.total;
  let done = 0;
  let lastId = 0;
  for (;;) {
    const { rows } = await db.query<{ id: string; search_text: string }>(
      'select id, search_text from passages where id > $1 order by id limit $2',
      [lastId, batchSize],
    );
    if (rows.length === 0) break;
    const vectors = await embedder.embedDocuments(rows.map((row) => row.search_text));
    await db.query(
      `update passages p set embedding = v.embedding::${vectorType(embedder.dimensions)}
       from jsonb_to_recordset($1::jsonb) as v(id bigint, embedding text) where p.id = v.id`,
      [JSON.stringify(rows.map((row, index) => ({ id: row.id, embedding: toSql(roundVector(vectors[index]!)) })))],
    );
    lastId = Number(rows.at(-1)!.id);
    done += rows.length;
    options.onProgress?.(done, total);
  }
  await recordEmbeddingModel(db, embedder);
  return { passages: done };
}
