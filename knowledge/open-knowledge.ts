import type { Config } from '../core/index.ts';
import type { EmbeddingModel } from './embeddings/embedding-model.ts';
import { HashingEmbeddingModel } from './embeddings/hashing-embedding-model.ts';
import { OpenAIEmbeddingModel } from './embeddings/openai-embedding-model.ts';
import { HybridSearch } from './retrieval/hybrid-search.ts';
import type { Database } from './store/database.ts';
import { openPgliteDatabase } from './store/pglite-database.ts';
import { openPostgresDatabase } from './store/postgres-database.ts';
import { prepareStore, type StoreCapabilities } from './store/prepare-store.ts';

/** The catalog knowledge of one process: the store, its embedder and hybrid search. */
export interface Knowledge {
  db: Database;
  embedder: EmbeddingModel;
  capabilities: StoreCapabilities;
  search: HybridSearch;
  close(): Promise<void>;
}

/** Picks the embedding model the configuration names: OpenAI-compatible when set, hashing otherwise. */
export async function createEmbeddingModel(config: Pick<Config, 'openai'>): Promise<EmbeddingModel> {
  const { embeddingModel, baseUrl, apiKey, embeddingDimensions } = config.openai;
  if (!embeddingModel) return new HashingEmbeddingModel();
  return OpenAIEmbeddingModel.create({ model: embeddingModel, baseUrl, apiKey, dimensions: embeddingDimensions });
}

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded) and prepares it. */
export async function openKnowledge(
  config: Pick<Config, 'openai' | 'databaseUrl' | 'dataDir'>,
  overrides: { db?: Database; embedder?: EmbeddingModel; checkEmbeddings?: boolean } = {},
): Promise<Knowledge> {
  const embedder = overrides.embedder ?? (await createEmbeddingModel(config));
  const db =
    overrides.db ?? (config.databaseUrl ? await openPostgresDatabase(config.databaseUrl) : await openPgliteDatabase(config.dataDir));
  try {
    const capabilities = await prepareStore(db, embedder, { checkEmbeddings: overrides.checkEmbeddings });
    return { db, embedder, capabilities, search: new HybridSearch(db, embedder, capabilities), close: () => db.close() };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
