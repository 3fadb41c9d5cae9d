import { describe, expect, it } from 'vitest';
import { HashingEmbeddingModel } from './hashing-embedding-model.ts';

describe('HashingEmbeddingModel', () => {
  const model = new HashingEmbeddingModel();
  const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

  it('returns deterministic unit vectors of 384 dimensions', async () => {
    const [first] = await model.embedDocuments(['Silk scarf with a botanical print']);
    expect(first).toHaveLength(384);
    expect(cosine(first!, first!)).toBeCloseTo(1, 6);
    expect(await model.embedQuery('Silk scarf with a botanical print')).toEqual(first);
  });

  it('places typos and plurals near the word they mean', () => {
    const earbuds = model.embed('wireless earbuds');
    expect(cosine(model.embed('wireles earbud'), earbuds)).toBeGreaterThan(0.4);
    expect(cosine(model.embed('leather handbag'), earbuds)).toBeLessThan(0.2);
  });
});
