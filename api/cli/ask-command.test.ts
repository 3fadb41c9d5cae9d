import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './run-cli-in-process.ts';

const catalog = path.resolve(import.meta.dirname, '../../knowledge/demo/catalog.json');

describe('vitrine ask', () => {
  let dataDir: string;
  const vitrine = (...args: string[]) => runCliInProcess({ VITRINE_DATA_DIR: dataDir }, ...args);
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-ask-'));
    expect((await vitrine('ingest', catalog, '--json')).code).toBe(0);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('answers offline with the JSON contract: answer, products, offer, cart link, handoff', async () => {
    const result = await vitrine('ask', 'how much is the dew serum?', '--json', '--viewer', 'ana');
    expect(result.code).toBe(0);
    const answer = result.json();
    expect(Object.keys(answer).sort()).toEqual(['answer', 'cartUrl', 'handoff', 'offer', 'products']);
    expect(answer.answer).toMatch(/\bAI\b/);
    expect(answer.answer).toContain('$38');
    expect(answer.products[0]).toEqual({ id: 'dew-serum', title: expect.any(String), price: 38 });
    expect(answer).toMatchObject({ offer: null, cartUrl: null, handoff: false });
  });

  it('runs a batch, one output line per input line, with offers within policy and signed cart links', async () => {
    const batch = path.join(dataDir, 'questions.jsonl');
    await writeFile(
      batch,
      [
        { id: 'q1', question: 'can I get a discount on the dew serum?', session: 'show-1', viewer: 'bo' },
        { id: 'q2', question: "I'll take the dew serum in 30 ml, send me a cart link", session: 'show-1', viewer: 'bo' },
        { id: 'q3', question: 'can I talk to a real person?', session: 'show-1', viewer: 'cy' },
      ]
        .map((line) => JSON.stringify(line))
        .concat(['{broken'])
        .join('\n'),
    );
    const result = await vitrine('ask', '--batch', batch, '--json');
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['q1', 'q2', 'q3', null]);
    expect(lines[0].offer).toMatchObject({ productId: 'dew-serum', discountPercent: 10, code: expect.stringMatching(/^LIVE-/) });
    expect(lines[1].cartUrl).toMatch(/^http:\/\/localhost:3000\/checkout\?cart=/);
    expect(lines[2].handoff).toBe(true);
    expect(lines[3]).toMatchObject({ line: 4, error: 'not valid JSON' });
  });

  it('refuses a bad mode with a clear message', async () => {
    const result = await vitrine('ask', 'hi', '--mode', 'party');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/mode/);
  });
});
