import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeEmbeddingsServer, sampleCatalog, startFakeEmbeddingsServer } from '../../knowledge/index.ts';
import { runCliInProcess } from './run-cli-in-process.ts';

const vitrine = runCliInProcess;

describe('vitrine reindex', () => {
  let dataDir: string;
  let server: FakeEmbeddingsServer;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-reindex-'));
    server = await startFakeEmbeddingsServer(64);
  });
  afterAll(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('moves a catalog to a new embedding model, after which only the new configuration opens it', async () => {
    const defaults = { VITRINE_DATA_DIR: dataDir };
    const openai = { ...defaults, EMBEDDING_MODEL: 'fake-embed', OPENAI_BASE_URL: server.baseUrl };
    const catalogFile = path.join(dataDir, 'catalog.json');
    await writeFile(catalogFile, JSON.stringify({ products: sampleCatalog().products }));

    const ingest = await vitrine(defaults, 'ingest', catalogFile, '--json');
    expect(ingest.code).toBe(0);
    const { passages } = ingest.json();
    expect(passages).toBeGreaterThan(5);

    const before = await vitrine(openai, 'search', 'waterproof trail shoes');
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/^vitrine: The catalog index was embedded with .* Run "vitrine reindex"/);

    server.requests.length = 0;
    const reindex = await vitrine(openai, 'reindex');
    expect(reindex).toMatchObject({ code: 0, stderr: '' });
    expect(reindex.stdout).toBe(`Re-embedded ${passages} passages with openai:fake-embed:64.\n`);
    // One probe for the dimensions, then every passage once.
    expect(server.requests.every((request) => request.model === 'fake-embed')).toBe(true);
    expect(server.requests.reduce((sum, request) => sum + request.inputs, 0)).toBe(passages + 1);

    const after = await vitrine(openai, 'search', 'waterproof trail shoes', '--json', '--limit', '2');
    expect(after.code).toBe(0);
    expect(after.json().results[0]).toMatchObject({ productId: 'trail-runner', title: 'Trail Runner GTX', price: 139 });
    expect(after.json().results).toHaveLength(2);

    const old = await vitrine(defaults, 'search', 'waterproof trail shoes');
    expect(old.code).toBe(1);
    expect(old.stdout).toBe('');
    expect(old.stderr).toContain('"openai:fake-embed:64" (64 dimensions)');
    expect(old.stderr).toContain('Run "vitrine reindex"');
    expect(old.stderr).not.toMatch(/\n\s+at /);
  });
});
