import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShop } from '../../agent/index.ts';
import { loadConfig } from '../../core/index.ts';
import { openKnowledge } from '../../knowledge/index.ts';
import { TokenIssuer } from '../auth/index.ts';
import { runCliInProcess } from './run-cli-in-process.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dummyJson = path.resolve(root, '../shared/data/dummyjson-products.json');
const fixtures = path.join(root, 'knowledge/ingest/fixtures');

/** Runs `vitrine …` in-process against its own data directory. */
const vitrine = (dataDir: string, ...args: string[]) => runCliInProcess({ VITRINE_DATA_DIR: dataDir }, ...args);

describe('vitrine ingest and search', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('ingests the whole DummyJSON catalog, then again without change', async () => {
    const first = await vitrine(dataDir, 'ingest', dummyJson, '--json');
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ products: 194, variants: 194, skipped: [], changes: { created: 194 } });
    expect(first.json().passages).toBeGreaterThan(194 * 3);
    const second = await vitrine(dataDir, 'ingest', dummyJson, '--json');
    expect(second.json().changes).toEqual({ created: 0, updated: 0, unchanged: 194 });
  });

  it('lands the good CSV rows and reports the bad ones by row number', async () => {
    const result = await vitrine(dataDir, 'ingest', path.join(fixtures, 'products.csv'), '--json');
    expect(result.code).toBe(0);
    const report = result.json();
    expect(report.products).toBeGreaterThan(0);
    expect(report.skipped.length).toBeGreaterThan(0);
    for (const skipped of report.skipped) {
      expect(skipped.row).toBeGreaterThan(1);
      expect(skipped.reason).toMatch(/\w/);
    }
    const human = await vitrine(dataDir, 'ingest', path.join(fixtures, 'products.csv'));
    expect(human.stdout).toMatch(/Skipped \d+ rows?:\n {2}line \d+: /);
  });

  it('exits non-zero only when nothing valid was found', async () => {
    const empty = path.join(dataDir, 'broken.json');
    await writeFile(empty, JSON.stringify([{ title: 'No id and no price' }, { id: 'x', title: 'Bad', price: 'abc' }]));
    const result = await vitrine(dataDir, 'ingest', empty, '--json');
    expect(result.code).toBe(1);
    expect(result.json().skipped.map((row: { row: number }) => row.row)).toEqual([1, 2]);
    expect(result.stderr).toMatch(/no valid product/);
    const missing = await vitrine(dataDir, 'ingest', path.join(dataDir, 'nope.csv'));
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/Cannot read .*nope\.csv: no such file/) });
  });

  it('searches with filters and prints the result contract', async () => {
    const result = await vitrine(dataDir, 'search', 'lipstick', '--json', '--limit', '3', '--max-price', '20');
    expect(result.code).toBe(0);
    const { results } = result.json();
    expect(results).toHaveLength(3);
    expect(Object.keys(results[0]).sort()).toEqual(['passage', 'price', 'productId', 'score', 'title']);
    expect(results[0].title).toMatch(/lipstick/i);
    expect(results.every((item: { price: number }) => item.price <= 20)).toBe(true);
    const human = await vitrine(dataDir, 'search', 'lipstick', '--limit', '2');
    expect(human.stdout).toMatch(/^1\. .*Lipstick.* — \d+\.\d{2} USD \[\d+\]/);
  });

  it('answers a batch file line by line, reporting bad lines without stopping', async () => {
    const batch = path.join(dataDir, 'batch.jsonl');
    await writeFile(
      batch,
      [
        JSON.stringify({ id: 'a', query: 'red lipstick', limit: 2 }),
        'not json',
        JSON.stringify({ id: 'b', query: 'does it have a warranty', product: '1' }),
        JSON.stringify({ id: 'c', query: '' }),
      ].join('\n'),
    );
    const result = await vitrine(dataDir, 'search', '--batch', batch, '--json');
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[0].results).toHaveLength(2);
    expect(lines[1]).toMatchObject({ line: 2, error: 'not valid JSON' });
    expect(lines[2].results.every((item: { productId: string }) => item.productId === '1')).toBe(true);
    expect(lines[2].results[0].passage.kind).toBe('policy');
    expect(lines[3].error).toMatch(/query/);
  });

  it('rejects bad options with a clear message', async () => {
    const result = await vitrine(dataDir, 'search', 'x', '--limit', 'ten');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--limit.*whole number/);
  });
});

describe('vitrine token', () => {
  it("prints an admin sign-in link the store's own token check accepts", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-token-'));
    try {
      const result = await runCliInProcess({ VITRINE_DATA_DIR: dataDir, PUBLIC_URL: 'https://shop.example' }, 'token', '--role', 'admin', '--name', 'Nadia');
      expect(result.code).toBe(0);
      const [link, token] = result.stdout.trim().split('#token=');
      expect(link).toBe('https://shop.example/admin');
      // Checked the way the server checks it: with the secret this store keeps in its database.
      const config = loadConfig({ VITRINE_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
      const knowledge = await openKnowledge(config);
      try {
        const shop = await createShop(config, knowledge);
        expect(await new TokenIssuer(shop.secret).verify(token!)).toMatchObject({ role: 'admin', name: 'Nadia' });
      } finally {
        await knowledge.close();
      }
      expect((await runCliInProcess({ VITRINE_DATA_DIR: dataDir }, 'token', '--staff', 'nobody')).stderr).toMatch(/No stylist with id nobody/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the installed bin', () => {
  it('runs `vitrine ingest` as a real process on a fresh data directory', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-bin-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'bin/vitrine.js'), 'ingest', dummyJson, '--json'], {
        env: { ...process.env, VITRINE_DATA_DIR: dataDir },
      });
      expect(JSON.parse(stdout)).toMatchObject({ products: 194, skipped: [] });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
