import type { Claim } from './claim.ts';
import { numberSource, parseNumber, wordNumberSource } from './number-words.ts';
import { allMatches } from './all-matches.ts';

type MoneyClaim = Extract<Claim, { kind: 'money' }>;

const symbol = String.raw`US\$|USD|C\$|CA\$|CAD|A\$|AU\$|AUD|\$|€|EUR|£|GBP`;
const amount = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const dash = String.raw`\s*(?:-|–|to)\s*`;
const cents = String.raw`(?:\s+and\s+(${numberSource})\s+cents?\b)?`;

/** "$48", "US$ 1,299.00", "€12,50", "$38–54", "$38 to $54". */
// Not inside a token: "LIVE-EUR7JS" is an offer code, not EUR 7.
const prefixed = new RegExp(String.raw`(?<![\w$€£-])(${symbol})\s?(${amount})(?![\dA-Za-z])(?:${dash}(${symbol})?\s?(${amount})(?![\d%])(?!\s*(?:%|percent|per\s?cent)))?`, 'gi');
/** "48 USD", "1299 dollars", "48 bucks", "12.50€", "38$", "40-50 dollars", "99 cents". */
const suffixed = new RegExp(
  String.raw`(?<![\w$€£.,])(?:(${amount})${dash})?(${amount})\s?(?:(usd|eur|gbp|cad|aud|dollars?|bucks|euros?|cents?)\b|(€|£|\$))${cents}`,
  'gi',
);
/** "forty-eight dollars", "twelve bucks and fifty cents". */
const spelled = new RegExp(String.raw`\b(${wordNumberSource})\s+(dollars?|bucks|euros?)\b${cents}`, 'gi');

/** Budget words just before an amount: the shopper's limit echoed back, not a price claim by itself. */
const budgetBefore = /(?:\b(?:under|below|less than|up to|at most|no more than|max(?:imum)?|within|budget(?: of)?|between|over|above|more than|at least|your)|\band)\s*(?:a\s+|the\s+|about\s+|around\s+)?$/i;
const budgetAfter = /^\s*(?:budget|limit|max(?:imum)?|range|price range|or (?:less|under|below|more))\b/i;

function currencyOf(token: string): string {
  const upper = token.toUpperCase();
  if (upper === 'US$' || upper === 'USD') return 'USD';
  if (upper === 'C$' || upper === 'CA$' || upper === 'CAD') return 'CAD';
  if (upper === 'A$' || upper === 'AU$' || upper === 'AUD') return 'AUD';
  if (upper === '€' || upper === 'EUR' || upper.startsWith('EURO')) return 'EUR';
  if (upper === '£' || upper === 'GBP') return 'GBP';
  return '$';
}

function amountValue(text: string): number {
  // "12,50" is a decimal comma; "1,299" a thousands separator.
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return parseNumber(text);
}

function toCents(value: number): number {
  return Math.round(value * 100);
}

/** Every money amount stated in `text`, with offsets; `budget` marks amounts framed as a limit ("under $50"). */
export function moneyClaims(text: string): MoneyClaim[] {
  const claims: MoneyClaim[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);

  const isBudget = (start: number, end: number) => budgetBefore.test(text.slice(Math.max(0, start - 24), start)) || budgetAfter.test(text.slice(end, end + 16));
  const push = (start: number, end: number, value: number, currency: string | null, piece: string, budget = isBudget(start, end)) => {
    if (Number.isFinite(value)) claims.push({ kind: 'money', start, end, text: piece, cents: toCents(value), currency, budget });
  };

  for (const match of allMatches(prefixed, text)) {
    const start = match.index;
    const end = start + match[0].length;
    taken.push([start, end]);
    const currency = currencyOf(match[1]!);
    if (match[4] === undefined) {
      push(start, end, amountValue(match[2]!), currency, match[0]);
      continue;
    }
    // A range is a budget as a whole: "in the $40-$60 range", "between $40 and $60".
    const budget = isBudget(start, end);
    const firstEnd = start + match[0].indexOf(match[2]!) + match[2]!.length;
    push(start, firstEnd, amountValue(match[2]!), currency, text.slice(start, firstEnd), budget);
    const secondStart = end - match[4].length;
    push(secondStart, end, amountValue(match[4]), match[3] ? currencyOf(match[3]) : currency, match[4], budget);
  }

  for (const pattern of [suffixed, spelled]) {
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      const unit = pattern === suffixed ? (match[3] ?? match[4]!) : match[2]!;
      const isCents = /^cents?$/i.test(unit);
      const currency = currencyOf(unit);
      const extraCents = pattern === suffixed ? match[5] : match[3];
      const extra = extraCents ? parseNumber(extraCents) / 100 : 0;
      const main = pattern === suffixed ? match[2]! : match[1]!;
      const value = (pattern === suffixed ? amountValue(main) : parseNumber(main)) / (isCents ? 100 : 1) + extra;
      if (pattern === suffixed && match[1] !== undefined) {
        push(start, start + match[1].length, amountValue(match[1]) / (isCents ? 100 : 1), currency, match[1]);
      }
      push(start, end, value, currency, match[0]);
    }
  }
  return claims;
}
