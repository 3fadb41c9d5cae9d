import type { Claim } from './claim.ts';
import { readClock } from './clock-parts.ts';
import { isShoutedWord, isTechnicalToken } from './code-claims.ts';
import { extractClaims } from './extract-claims.ts';
import type { FactBook } from './fact-book.ts';
import { numberSource, parseNumber } from './number-words.ts';
import { type Segment, splitSentences } from './sentences.ts';
import { allMatches } from './all-matches.ts';

export type ViolationKind = 'price' | 'percent' | 'stock' | 'date' | 'code' | 'policy-figure';

/** A figure the reply states that the turn's facts do not hold, and the sentence it was in. */
export interface Violation {
  kind: ViolationKind;
  claim: string;
  sentence: string;
}

export interface VerifiedReply {
  /** The reply without its violating sentences, or the fallback when nothing meaningful remains. */
  text: string;
  violations: Violation[];
  blocked: boolean;
}

export interface VerifyOptions {
  /** The turn's clock: allows today's date, the current time and "ends in 15 minutes" for this turn's offers. */
  now?: Date;
  /** The shopper's message: a limit they set may be echoed back ("here are two under $50"). */
  shopperMessage?: string;
}

/** What the host says instead of a reply it cannot stand behind. */
export const groundingFallback = "I don't want to give you a wrong figure — let me check that with the team.";

/** Fewer words than this left after removing sentences is not an answer any more. */
const MIN_MEANINGFUL_WORDS = 4;

const policyWords = /\b(?:ship(?:s|ping|ped)?|deliver(?:y|ed|s)?|returns?|refunds?|exchanges?|warrant(?:y|ies)|orders? (?:over|above|of)|gift[- ]wrap\w*|insured|express|standard|international)\b/i;
const offerWords = /\b(?:off|discount\w*|codes?|coupons?|promo\w*|vouchers?|save|saving|savings|checkout|deals?|free)\b|%/i;
/** "Code" words that are not about offers ("zip code SW1A"). */
const notOfferCodes = /\b(?:zip|postal|post|area|country|qr)[\s-]codes?\b/gi;
const combinationWords = /\b(?:together|totals?|combined|altogether|in all|both|plus|with shipping|including|comes? to|adds? up|difference|more than|less than|cheaper|pricier|extra|save|saves|saving|savings|upgrade)\b|\+/i;
const shopperNumberPattern = new RegExp(numberSource, 'gi');
const quantityPattern = new RegExp(String.raw`(?:\b(${numberSource})\s*(?:x\b|×)|(?:\bx|×)\s*(\d+)\b|\b(${numberSource})\s+(?:of\s+(?:them|these|those)|pairs?|units?|items?|sets?|bottles?|pieces?)\b|\b(both|pair|two|three|four|five|six|seven|eight|nine|ten)\b)`, 'gi');

/** Per-turn allowances that depend on the clock and the shopper's words rather than on the facts. */
interface TurnAllowances {
  dates: Set<string>;
  times: Set<number>;
  durations: Set<string>;
  shopperNumbers: Set<number>;
}

/**
 * Checks every price, discount, stock figure, date, clock time, policy figure and code in `text`
 * against the turn's facts. Sentences with a violation are removed; when nothing meaningful
 * remains the reply is blocked and the fallback is said instead. A checker error blocks too.
 */
export function verifyReply(text: string, facts: FactBook, options: VerifyOptions = {}): VerifiedReply {
  try {
    const segments = splitSentences(text);
    const violations = findViolationsIn(text, segments, facts, options);
    if (violations.length === 0) return { text, violations, blocked: false };
    const bad = new Set(violations.map((violation) => violation.segment));
    const kept = rebuild(segments, bad);
    const blocked = (kept.match(/[A-Za-z\u00C0-\u024F]{2,}/g)?.length ?? 0) < MIN_MEANINGFUL_WORDS;
    return { text: blocked ? groundingFallback : kept, violations: violations.map(({ segment: _segment, ...violation }) => violation), blocked };
  } catch {
    return { text: groundingFallback, violations: [], blocked: true };
  }
}

/** The violations of `text` without rewriting it (for checking a streamed sentence before it is spoken). */
export function findViolations(text: string, facts: FactBook, options: VerifyOptions = {}): Violation[] {
  return findViolationsIn(text, splitSentences(text), facts, options).map(({ segment: _segment, ...violation }) => violation);
}

function findViolationsIn(text: string, segments: Segment[], facts: FactBook, options: VerifyOptions): (Violation & { segment: number })[] {
  const claims = extractClaims(text, { codes: true });
  if (claims.length === 0) return [];
  const allowances = turnAllowances(facts, options);
  const violations: (Violation & { segment: number })[] = [];
  let segment = 0;
  for (const claim of claims) {
    while (segment < segments.length - 1 && segments[segment]!.end <= claim.start) segment += 1;
    const sentence = segments[segment]?.text ?? text;
    const kind = violationKind(claim, sentence, facts, allowances);
    if (kind) violations.push({ kind, claim: claim.text, sentence: sentence.trim(), segment });
  }
  return violations;
}

/** The kind of violation `claim` is, or null when the facts support it. */
function violationKind(claim: Claim, sentence: string, facts: FactBook, allowances: TurnAllowances): ViolationKind | null {
  switch (claim.kind) {
    case 'money': {
      if (facts.hasMoney(claim.cents, claim.currency)) return null;
      if (claim.budget && allowances.shopperNumbers.has(claim.cents)) return null;
      if (derivedMoney(claim.cents, sentence, facts)) return null;
      return policyWords.test(sentence) ? 'policy-figure' : 'price';
    }
    case 'percent':
      return facts.hasPercent(claim.value) ? null : 'percent';
    case 'stock':
      return facts.hasStock(claim.count) ? null : 'stock';
    case 'duration': {
      if (facts.hasDuration(claim.unit, claim.low, claim.high)) return null;
      if (claim.low === claim.high && allowances.durations.has(`${claim.unit}:${claim.low}`)) return null;
      return 'policy-figure';
    }
    case 'date':
      return claim.candidates.some((date) => facts.hasDate(date) || allowances.dates.has(`${date.month}-${date.day}`)) ? null : 'date';
    case 'time':
      return claim.candidates.some((minutes) => facts.hasTime(minutes) || allowances.times.has(minutes)) ? null : 'date';
    case 'code':
      return codeAllowed(claim, sentence, facts) ? null : 'code';
  }
}

function codeAllowed(claim: Extract<Claim, { kind: 'code' }>, sentence: string, facts: FactBook): boolean {
  if (facts.hasCode(claim.code)) return true;
  const lettersOnly = !/\d/.test(claim.code);
  if (lettersOnly && isShoutedWord(claim.code)) return true;
  // Right after "code"/"coupon" only a real code may stand.
  if (claim.context === 'code-word') return false;
  const known = facts.isIdentifier(claim.code) || isTechnicalToken(claim.code);
  if (claim.context === 'action') return known;
  // A bare token: letters only ("OLED") is a word; letters and digits are a code when the sentence is about a deal.
  return lettersOnly || known || !offerWords.test(sentence.replace(notOfferCodes, ''));
}

/**
 * Totals and differences of prices the reply computed ("two for $96", "together $80", "$16 more
 * than the 30 ml", "$44.95 with shipping"). Operands are prices of things on sale this turn; a fee
 * from a policy text joins only when the sentence is about shipping.
 */
function derivedMoney(cents: number, sentence: string, facts: FactBook): boolean {
  for (const quantity of quantitiesIn(sentence)) {
    if (cents % quantity === 0 && facts.hasPrice(cents / quantity)) return true;
  }
  if (!combinationWords.test(sentence)) return false;
  const withFees = policyWords.test(sentence);
  const operand = (amount: number) => amount > 0 && (facts.hasPrice(amount) || (withFees && facts.hasMoney(amount)));
  for (const price of facts.priceAmounts()) {
    if (price <= 0) continue;
    if (cents > price && operand(cents - price)) return true;
    if (price > cents && facts.hasPrice(price - cents)) return true;
  }
  return false;
}

function quantitiesIn(sentence: string): Set<number> {
  const quantities = new Set<number>();
  for (const match of allMatches(quantityPattern, sentence)) {
    const written = match[1] ?? match[2] ?? match[3] ?? match[4]!;
    const value = /^(?:both|pair)$/i.test(written) ? 2 : parseNumber(written);
    if (Number.isInteger(value) && value >= 2 && value <= 20) quantities.add(value);
  }
  return quantities;
}

function turnAllowances(facts: FactBook, options: VerifyOptions): TurnAllowances {
  const allowances: TurnAllowances = { dates: new Set(), times: new Set(), durations: new Set(), shopperNumbers: new Set() };
  if (options.shopperMessage) {
    for (const match of allMatches(shopperNumberPattern, options.shopperMessage)) {
      const value = parseNumber(match[0]);
      if (Number.isFinite(value)) allowances.shopperNumbers.add(Math.round(value * 100));
    }
  }
  const now = options.now;
  if (!now || Number.isNaN(now.getTime())) return allowances;
  for (const zone of facts.timeZones) {
    for (const moment of [now, new Date(now.getTime() + 86_400_000)]) {
      const reading = readClock(moment, zone);
      allowances.dates.add(`${reading.date.month}-${reading.date.day}`);
    }
    const reading = readClock(now, zone);
    for (const delta of [-1, 0, 1]) allowances.times.add((reading.minutes + delta + 1440) % 1440);
  }
  for (const expiry of facts.offerExpiries) {
    const left = expiry.getTime() - now.getTime();
    if (left <= 0) continue;
    for (const minutes of [Math.floor(left / 60_000), Math.ceil(left / 60_000)]) allowances.durations.add(`minute:${minutes}`);
    for (const hours of [Math.floor(left / 3_600_000), Math.ceil(left / 3_600_000)]) if (hours > 0) allowances.durations.add(`minute:${hours * 60}`);
    for (const days of [Math.floor(left / 86_400_000), Math.ceil(left / 86_400_000)]) if (days > 0) allowances.durations.add(`day:${days}`);
  }
  return allowances;
}

/** The text without the `bad` segments; a removed sentence keeps its line break, and a lead-in left hanging (ending in ":") goes too. */
function rebuild(segments: Segment[], bad: Set<number>): string {
  const kept: string[] = [];
  segments.forEach((segment, index) => {
    if (!bad.has(index)) kept.push(segment.text);
    else if (segment.text.includes('\n') && kept.length > 0 && !kept[kept.length - 1]!.endsWith('\n')) kept.push('\n');
  });
  let text = kept.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  while (/:\s*$/.test(text)) {
    const cut = Math.max(text.lastIndexOf('\n'), ...['. ', '! ', '? '].map((mark) => text.lastIndexOf(mark) + 1));
    text = cut > 0 ? text.slice(0, cut).trim() : '';
  }
  return text;
}
