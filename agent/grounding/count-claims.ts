import type { Claim } from './claim.ts';
import { isWordNumber, numberSource, parseNumber } from './number-words.ts';
import { allMatches } from './all-matches.ts';

type PercentClaim = Extract<Claim, { kind: 'percent' }>;
type StockClaim = Extract<Claim, { kind: 'stock' }>;

const dash = String.raw`\s*(?:-|–|to)\s*`;

/** "10%", "10 %", "10 percent", "ten per cent", "10–20%". */
const percentPattern = new RegExp(String.raw`(?<![\w.$€£])(${numberSource})(?:${dash}(${numberSource}))?\s*(?:%|(?:percent|per\s?cent|pct)\b)`, 'gi');

/** Every percentage stated in `text`; "100%" is only a claim as "100% off" ("100% cotton" is not a discount). */
export function percentClaims(text: string): PercentClaim[] {
  const claims: PercentClaim[] = [];
  for (const match of allMatches(percentPattern, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end, end + 12);
    const values = [match[1]!, match[2]].filter((value): value is string => value !== undefined).map(parseNumber);
    for (const value of values) {
      if (!Number.isFinite(value)) continue;
      if (value === 100 && !/^\s*off\b/i.test(after)) continue;
      claims.push({ kind: 'percent', start, end, text: match[0], value });
    }
  }
  return claims;
}

const stockNoun = String.raw`(?:units?|pieces?|pairs?|items?|bottles?|jars?|tubes?|sets?|ones?)`;
const stockTail = String.raw`(?:left|remaining|in\s+stock|available|on\s+hand)`;
/** What follows "3 available" when it is a count of options, not of stock ("3 available colours"). */
const optionNoun = /^\s+(?:colou?rs?|shades?|sizes?|options?|styles?|versions?|variants?|finishes|models?|designs?|scents?|lengths?)\b/i;
/** Words before a number that make it a size or a model, not a count ("EU 38 in stock", "size 8 left", "36 to 39 are in stock"). */
const sizeBefore = /(?:\b(?:size|sizes|eu|us|uk|no|number|model|the|a|an|in|of)|#|\d\s*(?:to|-|–|and|or|&|,|\/))\s*$/i;

const stockPatterns: RegExp[] = [
  // "only 3 left", "5 in stock", "12 units available", "2 pairs left", "3 are still available".
  new RegExp(String.raw`(?<![\w.$€£/–-])(${numberSource})\s+(?:more\s+)?(?:${stockNoun}\s+)?(?:(?:are|is)\s+)?(?:still\s+)?${stockTail}\b`, 'gi'),
  // "the last 2 pairs", "one of the last 3 units".
  new RegExp(String.raw`\blast\s+(${numberSource})\s+(?:units?|pieces?|pairs?|items?|bottles?|jars?|tubes?)\b`, 'gi'),
  // "grab one of the last 3!".
  /\blast\s+(\d+)(?=\s*(?:[.!?,;:)]|$))/gi,
  // "we have 12 units", "there are 3 in size M", "we're down to 3 units".
  new RegExp(
    String.raw`\b(?:we\s+have|we've\s+got|we\s+still\s+have|we've\s+still\s+got|there\s+are|there's|there\s+is|down\s+to)\s+(?:only\s+|just\s+|the\s+last\s+)?(${numberSource})\s+(?:units?\b|in\s+(?:size\b|EU\b|US\b|UK\b|(?:XXS|XS|S|M|L|XL|XXL)\b))`,
    'gi',
  ),
  // "we're down to 3!".
  /\bdown\s+to\s+(?:the\s+last\s+|just\s+|only\s+)?(\d+)(?=\s*(?:[.!?,;)]|$|left\b|in\s+stock\b|remaining\b))/gi,
];

/** Every stock figure stated in `text` ("only 3 left", "5 in stock", "the last 2 pairs", "we have 12 units"). */
export function stockClaims(text: string): StockClaim[] {
  const claims: StockClaim[] = [];
  for (const pattern of stockPatterns) {
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claims.some((claim) => start < claim.end && end > claim.start)) continue;
      const written = match[1]!;
      const numberStart = start + match[0].indexOf(written);
      if (pattern === stockPatterns[0]) {
        if (sizeBefore.test(text.slice(Math.max(0, numberStart - 12), numberStart))) continue;
        if (optionNoun.test(text.slice(end, end + 16))) continue;
        // "one is available" is too often about an option, not a count.
        if (isWordNumber(written) && /\b(?:is|are)\b/i.test(match[0])) continue;
      }
      const count = parseNumber(written);
      if (!Number.isFinite(count)) continue;
      claims.push({ kind: 'stock', start, end, text: match[0], count });
    }
  }
  return claims;
}
