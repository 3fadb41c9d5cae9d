import type { Callbacks } from '@langchain/core/callbacks/manager';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import { VectorStore } from '@langchain/core/vectorstores';
import { AppError } from '../../core/index.ts';
import { writeCatalog } from '../catalog/catalog-writer.ts';
import { storeDocumentSchema } from '../catalog/product.ts';
import type { EmbeddingModel } from '../embeddings/embedding-model.ts';
import type { Database } from '../store/database.ts';
import type { HybridSearch, SearchFilters, SearchResult } from './hybrid-search.ts';

/**
 * The vitrine catalog index as a LangChain `VectorStore`: `similaritySearch` and `asRetriever()`
 * use the same hybrid search as vitrine itself; filters are `SearchFilters`.
 */
export class VitrineVectorStore extends VectorStore {
  declare FilterType: SearchFilters;

  constructor(
    private readonly store: { db: Database; embedder: EmbeddingModel; search: HybridSearch },
  ) {
    super(store.embedder, {});
  }

  _vectorstoreType(): string {
    return 'vitrine';
  }

  /**
   * Adds LangChain documents as store documents (metadata `id`, `title`, `kind` are used when
   * present). The id is also taken from `options.ids` or `document.id`, LangChain's own places for
   * it, so adding a document again replaces it instead of duplicating it.
   */
  async addDocuments(documents: DocumentInterface[], options?: { ids?: string[] }): Promise<string[]> {
    const parsed = documents.map((document, index) => {
      const metadata = document.metadata as Record<string, unknown>;
      return storeDocumentSchema.parse({
        id: String(metadata.id ?? options?.ids?.[index] ?? document.id ?? `langchain-${Date.now()}-${index}`),
        title: String(metadata.title ?? document.pageContent.slice(0, 60)),
        kind: metadata.kind ?? 'guide',
        body: document.pageContent,
      });
    });
    await writeCatalog(this.store.db, this.store.embedder, { products: [], documents: parsed });
    return parsed.map((document) => document.id);
  }

  async addVectors(_vectors: number[][], _documents: DocumentInterface[]): Promise<string[]> {
    // Vectors from another model would not be comparable with the index.
    throw new AppError('invalid-input', 'vitrine embeds passages with its configured model: use addDocuments instead');
  }

  override async similaritySearch(query: string, k = 4, filter?: SearchFilters, _callbacks?: Callbacks): Promise<DocumentInterface[]> {
    return (await this.similaritySearchWithScore(query, k, filter)).map(([document]) => document);
  }

  override async similaritySearchWithScore(query: string, k = 4, filter?: SearchFilters): Promise<[DocumentInterface, number][]> {
    return (await this.store.search.search(query, { ...filter, limit: k })).map(toDocument);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: SearchFilters): Promise<[DocumentInterface, number][]> {
    return (await this.store.search.searchVector(query, { ...filter, limit: k })).map(toDocument);
  }
}

function toDocument(result: SearchResult): [DocumentInterface, number] {
  const { passage, score, ...product } = result;
  return [new Document({ pageContent: passage.text, metadata: { ...product, kind: passage.kind } }), score];
}
