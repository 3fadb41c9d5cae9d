import type { Claim } from './claim.ts';
import { codeClaims, maskLinks } from './code-claims.ts';
import { percentClaims, stockClaims } from './count-claims.ts';
import { moneyClaims } from './money-claims.ts';
import { dateClaims, durationClaims, timeClaims } from './time-claims.ts';

export interface ExtractOptions {
  /** Read code-looking tokens too (replies: yes; fact texts: no — a code in a review is not a fact). */
  codes?: boolean;
}

/**
 * Every checkable figure in `text`, in reading order: money, percentages, stock figures,
 * durations, dates, clock times and (optionally) codes. Links and e-mail addresses are not read,
 * except for the codes in their query strings.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const { masked, codes } = maskLinks(text);
  // Curly apostrophes and non-breaking spaces read like their plain forms.
  const plain = masked.replace(/[\u2018\u2019]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  const claims: Claim[] = [
    ...moneyClaims(plain),
    ...percentClaims(plain),
    ...stockClaims(plain),
    ...durationClaims(plain),
    ...dateClaims(plain),
    ...timeClaims(plain),
  ];
  if (options.codes) claims.push(...codeClaims(plain), ...codes);
  return claims.sort((left, right) => left.start - right.start);
}

/** Catalog texts read for facts, with their claims: the same descriptions and reviews come back turn after turn. */
const factClaimsCache = new Map<string, readonly Claim[]>();
const factClaimsCacheSize = 20_000;

/**
 * The claims of a catalog or tool text (no codes), remembered: the claims of a text never
 * change, and reading them again on every turn was most of a tool turn's grounding time.
 */
export function extractFactClaims(text: string): readonly Claim[] {
  let claims = factClaimsCache.get(text);
  if (!claims) {
    claims = extractClaims(text);
    // Oldest first out: a Map iterates in insertion order.
    if (factClaimsCache.size >= factClaimsCacheSize) factClaimsCache.delete(factClaimsCache.keys().next().value!);
    factClaimsCache.set(text, claims);
  }
  return claims;
}
