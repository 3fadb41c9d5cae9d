import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import { type FakeEmbeddingsServer, startFakeEmbeddingsServer } from '../testing/fake-openai-embeddings.ts';
import { HashingEmbeddingModel } from './hashing-embedding-model.ts';
import { OpenAIEmbeddingModel } from './openai-embedding-model.ts';

describe('OpenAIEmbeddingModel against an OpenAI-compatible server', () => {
  let server: FakeEmbeddingsServer;
  beforeAll(async () => {
    server = await startFakeEmbeddingsServer(64);
  });
  afterAll(() => server.close());

  it('learns the dimensions with one probe and batches documents', async () => {
    const model = await OpenAIEmbeddingModel.create({ model: 'nomic-embed-text', baseUrl: server.baseUrl, batchSize: 3 });
    expect(model.dimensions).toBe(64);
    expect(model.id).toBe('openai:nomic-embed-text:64');
    server.requests.length = 0;
    const vectors = await model.embedDocuments(['a', 'b', 'c', 'd', 'e']);
    expect(vectors).toHaveLength(5);
    expect(server.requests.map((request) => request.inputs)).toEqual([3, 2]);
    expect(vectors[1]).toEqual(new HashingEmbeddingModel(64).embed('b'));
  });

  it('retries a transient failure, then reports an upstream error', async () => {
    const model = await OpenAIEmbeddingModel.create({ model: 'm', baseUrl: server.baseUrl, dimensions: 64, maxRetries: 1 });
    server.failNext(1, 503);
    expect(await model.embedQuery('hello')).toHaveLength(64);
    server.failNext(2, 500);
    const error = await model.embedQuery('hello').catch((caught) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error.kind).toBe('upstream');
    expect(error.message).toMatch(/model m\) failed/);
  });
});
