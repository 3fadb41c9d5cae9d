import type { EmbeddingModel } from './embedding-model.ts';
import { contentWords, stem } from './text-tokens.ts';

/** Relative weights of the feature families; tuned on evals/retrieval (see README). */
export interface HashingWeights {
  word: number;
  bigram: number;
  charGrams: number;
}

const defaultWeights: HashingWeights = { word: 1, bigram: 0.3, charGrams: 2 };

/**
 * The offline default: signed feature hashing of word unigrams, word bigrams and character
 * 3–5-grams, L2-normalised. Deterministic, no download, about a millisecond per product.
 * Character grams give it typo and morphology tolerance that BM25 lacks.
 */
export class HashingEmbeddingModel implements EmbeddingModel {
  readonly id: string;

  constructor(
    readonly dimensions = 384,
    private readonly weights: HashingWeights = defaultWeights,
  ) {
    this.id = `hashing-v2-${dimensions}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embed(text));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  /** Synchronous embedding, for callers that batch themselves. */
  embed(text: string): number[] {
    const vector = new Float64Array(this.dimensions);
    const tokens = contentWords(text).map(stem);
    tokens.forEach((token, index) => {
      this.add(vector, `w:${token}`, this.weights.word);
      const next = tokens[index + 1];
      if (next) this.add(vector, `b:${token} ${next}`, this.weights.bigram);
      const padded = `<${token}>`;
      const grams: string[] = [];
      for (let size = 3; size <= 5; size++) {
        for (let start = 0; start + size <= padded.length; start++) grams.push(padded.slice(start, start + size));
      }
      // Spread a fixed weight over a word's grams so long words do not dominate.
      const gramWeight = this.weights.charGrams / Math.sqrt(grams.length || 1);
      for (const gram of grams) this.add(vector, `c:${gram}`, gramWeight);
    });
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    return Array.from(vector, (value) => value / norm);
  }

  private add(vector: Float64Array, feature: string, weight: number): void {
    const hash = fnv1a(feature);
    const sign = hash & 0x80000000 ? -1 : 1;
    vector[(hash & 0x7fffffff) % this.dimensions]! += sign * weight;
  }
}

/** 32-bit FNV-1a with a final avalanche, so both the bucket and the sign bit are well mixed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}
