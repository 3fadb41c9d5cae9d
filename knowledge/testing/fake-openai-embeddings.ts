import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HashingEmbeddingModel } from '../embeddings/hashing-embedding-model.ts';

/** What the fake server saw, so tests can assert batching and failures. */
export interface FakeEmbeddingsServer {
  baseUrl: string;
  requests: { model: string; inputs: number }[];
  /** Makes the next `count` requests fail with HTTP `status`. */
  failNext(count: number, status: number): void;
  close(): Promise<void>;
}

/**
 * A real OpenAI-compatible `/v1/embeddings` endpoint on 127.0.0.1, answering with deterministic
 * hashing vectors: the OpenAI embedding driver is tested over real HTTP, offline.
 */
export async function startFakeEmbeddingsServer(dimensions = 64): Promise<FakeEmbeddingsServer> {
  const model = new HashingEmbeddingModel(dimensions);
  const requests: FakeEmbeddingsServer['requests'] = [];
  let failures = { count: 0, status: 500 };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const reply = (status: number, payload: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      };
      if (request.method !== 'POST' || !request.url?.endsWith('/embeddings')) return reply(404, { error: { message: 'not found' } });
      if (failures.count > 0) {
        failures.count--;
        return reply(failures.status, { error: { message: 'scripted failure', type: 'server_error' } });
      }
      const { model: name, input } = JSON.parse(body) as { model: string; input: string | string[] };
      const inputs = Array.isArray(input) ? input : [input];
      requests.push({ model: name, inputs: inputs.length });
      reply(200, {
        object: 'list',
        model: name,
        data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: model.embed(text) })),
        usage: { prompt_tokens: 0, total_tokens: 0 },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext: (count, status) => (failures = { count, status }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
