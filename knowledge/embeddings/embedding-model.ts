/** Turns text into vectors for the semantic half of hybrid search. */
export interface EmbeddingModel {
  /** Names the model and its settings; an index built by another id must be re-embedded. */
  readonly id: string;
  /** Length of every vector this model returns. */
  readonly dimensions: number;
  /** Embeds passages for the index (batched by the implementation). */
  embedDocuments(texts: string[]): Promise<number[][]>;
  /** Embeds one shopper query. */
  embedQuery(text: string): Promise<number[]>;
}
