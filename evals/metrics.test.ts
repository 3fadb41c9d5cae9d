import { describe, expect, it } from 'vitest';
import { ndcgAt, percentile, recallAt } from './metrics.ts';

describe('evaluation metrics', () => {
  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_unused, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  it('scores nDCG with graded relevance', () => {
    const relevance = { a: 2, b: 1 };
    expect(ndcgAt(['a', 'b', 'c'], relevance, 10)).toBeCloseTo(1);
    expect(ndcgAt(['b', 'a'], relevance, 10)).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)));
    expect(ndcgAt(['c', 'd'], relevance, 10)).toBe(0);
    expect(ndcgAt(['c', 'a'], relevance, 1)).toBe(0);
  });

  it('measures recall at k', () => {
    expect(recallAt(['a', 'x', 'b'], ['a', 'b'], 2)).toBe(0.5);
    expect(recallAt(['a', 'x', 'b'], ['a', 'b'], 10)).toBe(1);
  });
});
