import OpenAI from 'openai';
import { AppError } from '../../core/index.ts';
import type { EmbeddingModel } from './embedding-model.ts';

export interface OpenAIEmbeddingOptions {
  model: string;
  baseUrl?: string;
  apiKey?: string;
  /** Requested length (models such as text-embedding-3 can shorten); probed from the server when omitted. */
  dimensions?: number;
  /** Inputs per request; servers cap this (OpenAI at 2048, many local servers far lower). */
  batchSize?: number;
  timeoutMs?: number;
  maxRetries?: number;
}

/** Embeddings from OpenAI or any OpenAI-compatible server (vLLM, Ollama, LM Studio…). */
export class OpenAIEmbeddingModel implements EmbeddingModel {
  readonly id: string;

  private constructor(
    private readonly client: OpenAI,
    private readonly options: OpenAIEmbeddingOptions,
    readonly dimensions: number,
  ) {
    this.id = `openai:${options.model}:${dimensions}`;
  }

  /** Connects and learns the vector length (one probe request unless `dimensions` is given). */
  static async create(options: OpenAIEmbeddingOptions): Promise<OpenAIEmbeddingModel> {
    const client = new OpenAI({
      baseURL: options.baseUrl,
      // Local servers accept any key; the SDK insists on one.
      apiKey: options.apiKey ?? 'not-needed',
      timeout: options.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? 2,
    });
    const probe = new OpenAIEmbeddingModel(client, options, options.dimensions ?? 0);
    if (options.dimensions) return probe;
    const [vector] = await probe.request(['dimension probe']);
    return new OpenAIEmbeddingModel(client, options, vector!.length);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const batchSize = this.options.batchSize ?? 64;
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      vectors.push(...(await this.request(texts.slice(start, start + batchSize))));
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.request([text]);
    return vector!;
  }

  private async request(input: string[]): Promise<number[][]> {
    let response: OpenAI.CreateEmbeddingResponse;
    try {
      response = await this.client.embeddings.create({
        model: this.options.model,
        input,
        ...(this.options.dimensions ? { dimensions: this.options.dimensions } : {}),
        encoding_format: 'float',
      });
    } catch (error) {
      throw new AppError(
        'upstream',
        `Embedding request to ${this.options.baseUrl ?? 'OpenAI'} (model ${this.options.model}) failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
    if (vectors.length !== input.length) {
      throw new AppError('upstream', `Embedding server returned ${vectors.length} vectors for ${input.length} inputs`);
    }
    for (const vector of vectors) {
      if (this.dimensions && vector.length !== this.dimensions) {
        throw new AppError('upstream', `Embedding server returned ${vector.length} dimensions, expected ${this.dimensions}`);
      }
    }
    return vectors;
  }
}
