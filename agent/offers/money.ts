/** Money is computed in whole cents so totals never drift by floating-point residue. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return Math.round(cents) / 100;
}

/** Rounds to two decimals (cents, or hundredths of a percent). */
export function roundToCents(amount: number): number {
  return fromCents(toCents(amount));
}
