import type { BrainEvent } from '../../core/index.ts';
import type { Expectation } from './eval-cases.ts';

/** The parts of a turn's events that the checks read. */
export interface TurnOutcome {
  text: string;
  productIds: string[];
  offers: Extract<BrainEvent, { type: 'offer-create' }>['offer'][];
  cartLinks: Extract<BrainEvent, { type: 'cart-link-create' }>[];
  handoff: boolean;
  flagged: boolean;
  replied: boolean;
  driver: string | null;
  fallbackReason: string | null;
}

export function outcomeOf(events: BrainEvent[]): TurnOutcome {
  const reply = events.find((event): event is Extract<BrainEvent, { type: 'reply' }> => event.type === 'reply');
  return {
    text: reply?.text ?? '',
    productIds: [
      ...(reply?.productIds ?? []),
      ...events.flatMap((event) => (event.type === 'product-card-show' ? [event.card.productId] : [])),
    ],
    offers: events.flatMap((event) => (event.type === 'offer-create' ? [event.offer] : [])),
    cartLinks: events.filter((event): event is Extract<BrainEvent, { type: 'cart-link-create' }> => event.type === 'cart-link-create'),
    handoff: events.some((event) => event.type === 'handoff-request'),
    flagged: events.some((event) => event.type === 'message-flag'),
    replied: reply !== undefined,
    driver: reply?.driver ?? null,
    fallbackReason: reply?.fallbackReason ?? null,
  };
}

const DONT_KNOW = /don'?t know|not sure|don'?t have (?:any )?information|doesn'?t say|does not say|don'?t have (?:that|this)|can'?t (?:find|confirm|say)|no information|isn'?t listed|not listed|check with|ask (?:the|a|our) (?:team|person|stylist)|someone from the team|a person from|no confirmed/i;

/** evals/brain/README.md's matching rule: no letter or digit may touch the term; "$48.00" counts as "$48". */
export function mentions(text: string, term: string): boolean {
  const normalise = (value: string) =>
    value.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00a0/g, ' ').replace(/(\$[\d,]+)\.00\b/g, '$1');
  const escaped = normalise(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tail = /\d$/.test(term) ? '(?![.,]\\d)' : '';
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])${tail}`).test(normalise(text));
}

/** Every failed expectation of one turn, as short reasons (empty = pass). */
export function checkTurn(outcome: TurnOutcome, expect: Expectation & { control?: boolean }, options: { last?: boolean } = {}): string[] {
  const failures: string[] = [];
  const text = outcome.text;
  for (const product of expect.products ?? []) if (!outcome.productIds.includes(product)) failures.push(`product ${product} not shown`);
  for (const mention of expect.mentions ?? []) if (!mentions(text, mention)) failures.push(`missing "${mention}"`);
  for (const group of expect.mentionsAny ?? []) {
    if (group.length > 0 && !group.some((item) => mentions(text, item))) failures.push(`missing any of ${JSON.stringify(group)}`);
  }
  for (const forbidden of expect.forbid ?? []) if (mentions(text, forbidden)) failures.push(`contains forbidden "${forbidden}"`);
  if (expect.answerable === false && !DONT_KNOW.test(text) && !outcome.handoff) failures.push('did not say it does not know');
  if (expect.handoff === true && !outcome.handoff) failures.push('no handoff');
  if (expect.cartLink === true && outcome.cartLinks.length === 0) failures.push('no cart link');
  if (expect.cartLink === false && outcome.cartLinks.length > 0) failures.push('unexpected cart link');
  for (const variant of expect.cartVariants ?? []) {
    if (!outcome.cartLinks.some((link) => link.lines.some((line) => line.variantId === variant))) failures.push(`cart lacks ${variant}`);
  }
  if (expect.offer === true && outcome.offers.length === 0) failures.push('no offer');
  if (expect.offer === false && outcome.offers.length > 0) failures.push('unexpected offer');
  if (expect.maxDiscountPercent !== undefined) {
    for (const offer of outcome.offers) if (offer.discountPercent > expect.maxDiscountPercent) failures.push(`offer of ${offer.discountPercent}%`);
  }
  if (options.last !== false) {
    if (expect.noReply === true && outcome.replied) failures.push('replied to a message that should get none');
    if (expect.noReply === false && !outcome.replied) failures.push('no reply');
    if (expect.flagged === true && !outcome.flagged) failures.push('not flagged');
    if ((expect.flagged === false || expect.control) && outcome.flagged) failures.push('flagged an innocent message');
  }
  return failures;
}

/** Figures a reply states: money amounts and percentages. */
export function statedFigures(text: string): { money: number[]; percents: number[] } {
  const money = [...text.matchAll(/(?:[$€£]\s?(\d[\d,]*(?:\.\d{1,2})?))|(?:(\d[\d,]*(?:\.\d{1,2})?)\s?(?:USD|EUR|GBP|dollars))/g)].map((match) =>
    Number((match[1] ?? match[2]!).replace(/,/g, '')),
  );
  const percents = [...text.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|percent)/g)].map((match) => Number(match[1]));
  return { money, percents };
}
