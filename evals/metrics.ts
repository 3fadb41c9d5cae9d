/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** nDCG@k with graded relevance (gain 2^rel − 1); `ranked` may repeat no id. */
export function ndcgAt(ranked: string[], relevance: Record<string, number>, k: number): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, index) => sum + (2 ** (relevance[id] ?? 0) - 1) / Math.log2(index + 2), 0);
  const ideal = Object.values(relevance)
    .filter((grade) => grade > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, index) => sum + (2 ** grade - 1) / Math.log2(index + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant ids found in the first k. */
export function recallAt(ranked: string[], relevant: Iterable<string>, k: number): number {
  const wanted = new Set(relevant);
  if (wanted.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => wanted.has(id)).length / wanted.size;
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
