import type { ProductListing } from '../../knowledge/index.ts';
import type { Answer, ComposerTurn } from './composer-turn.ts';
import { isProductHit, type PriceListing } from './composer-tools.ts';
import { endSentence, formatMoney, joinList, sentences } from './phrasing.ts';
import { productName } from './product-words.ts';
import { contentWords } from './text-tools.ts';

const MOST_EXPENSIVE = /\b(most expensive|priciest|dearest|highest[- ]price[d]?|most costly|most premium|most luxurious|top of the range)\b/;
const CHEAPEST = /\b(cheapest|least expensive|lowest[- ]price[d]?|most affordable|lowest cost)\b/;

/** Words that are about price or the shop, not about which products. */
const NOT_SUBJECT = new Set(
  (
    'cheapest least expensive lowest highest price priced prices most affordable priciest dearest costly premium luxurious cost ' +
    'under below over above between less more than cheaper max min around about range budget dollars bucks usd each total ' +
    'thing things item items product products stuff shop store sell selling sold carry have got show list options option one ones ' +
    'whats what which anything something everything any there available piece pieces youve weve you ya do does sell sells guys u ur overall entire whole'
  ).split(' '),
);

type Scope = { matching?: string; category?: string; label: string | null };
type Order = 'cheapest-first' | 'most-expensive-first';

/**
 * "Cheapest", "most expensive", "under $X", "between $X and $Y": catalog questions answered over the
 * whole catalog (find_products_by_price: filters before ordering), never from a few search hits.
 */
export async function answerSuperlative(turn: ComposerTurn): Promise<Answer> {
  const range = rangeOf(turn);
  const order: Order = MOST_EXPENSIVE.test(turn.normal) ? 'most-expensive-first' : 'cheapest-first';
  const superlative = MOST_EXPENSIVE.test(turn.normal) || CHEAPEST.test(turn.normal);
  const subject = subjectWords(turn.normal);
  const found = await findInScope(turn, subject, range, order, superlative ? 3 : 4);
  if (!found) {
    return {
      text: turn.say('superlative-none', [
        `I couldn't find any ${subject.join(' ')} in our catalog, I'm afraid. Is there another kind of product I can check?`,
        `We don't seem to carry ${subject.join(' ')} — want me to look for something similar?`,
      ]),
      productIds: [],
    };
  }
  const { scope, listing } = found;
  const what = subjectLabel(turn.normal, scope.label);
  if (listing.products.length > 0) {
    const products = listing.products;
    if (superlative && !range) {
      const [first, second] = products;
      const word = order === 'most-expensive-first' ? 'most expensive' : 'cheapest';
      const is = /s$/.test(what.split(' ')[0]!) && !/ss$/.test(what.split(' ')[0]!) ? 'are' : 'is';
      const head = turn.say('superlative-head', [
        `Our ${word} ${what} ${is} the ${productName(first!)} at ${price(first!)}${soldOut(first!)}.`,
        `The ${word} ${what}${scope.label ? ' we have' : ''} ${is} the ${productName(first!)}, ${price(first!)}${soldOut(first!)}.`,
      ]);
      const next = second ? `${turn.say('runner-up', ['Next up is', 'After that comes', 'Runner-up:'])} the ${productName(second)} at ${price(second)}${soldOut(second)}.` : null;
      return { text: sentences(head, next), productIds: products.slice(0, 2).map((product) => product.productId) };
    }
    const items = products.map((product) => `the ${productName(product)} (${price(product)}${soldOut(product, true)})`);
    const head = turn.say('range-head', ['Within that range, there is', 'In that price range you have', 'Here is what fits:']);
    const next = items.length === 1 ? turn.say('range-next-one', ['Want the details?', 'Shall I check sizes or stock?']) : turn.say('range-next', ['Want details on any of them?', 'Shall I check sizes or stock for one?']);
    return {
      text: sentences(endSentence(`${head} ${joinList(items)}`), next),
      productIds: products.map((product) => product.productId),
    };
  }
  // Nothing in range: say where prices really are, from the catalog.
  const bounds = listing.matchingProductsPriceRange;
  if (!bounds) return { text: "I couldn't find anything in that range, I'm afraid.", productIds: [] };
  const subjectText = scope.label ? `for ${scope.label} ` : '';
  const below = range?.max !== undefined && bounds.min > range.max;
  const above = range?.min !== undefined && bounds.max < range.min;
  const nearest = below || above ? await turn.tools.listByPrice({ ...filters(scope), order: below ? 'cheapest-first' : 'most-expensive-first', limit: 1 }) : null;
  const example = nearest?.products[0];
  const named = example ? ` — the ${productName(example)}` : '';
  const text = below
    ? `Nothing in that range, I'm afraid: prices ${subjectText}start at ${formatMoney(bounds.min, bounds.currency)}${named}.`
    : above
      ? `Nothing that high, I'm afraid: prices ${subjectText}top out at ${formatMoney(bounds.max, bounds.currency)}${named}.`
      : `Nothing falls in that range — prices ${subjectText}run from ${formatMoney(bounds.min, bounds.currency)} to ${formatMoney(bounds.max, bounds.currency)}.`;
  return { text: sentences(text, turn.say('range-empty-next', ['Want me to show you what is closest?', 'Shall I show you those instead?'])), productIds: example ? [example.productId] : [] };
}

/** "watch" (singular), "piece for the kitchen", or "item in the shop" — what the superlative is about. */
function subjectLabel(normal: string, label: string | null): string {
  if (!label) return 'item in the shop';
  const forPhrase = new RegExp(`\\b(for|in) (the |my |your )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(normal);
  if (forPhrase) return `piece ${forPhrase[0]}`;
  const words = label.split(' ');
  const last = words.at(-1)!;
  // "cheapest shoes" → "cheapest shoe"; "headphones" and "jeans" stay plural.
  const singular = /(headphones|jeans|chinos|earbuds|glasses|shorts|trousers)$/.test(last) ? last : last.replace(/(ch|sh|x|ss)es$/, '$1').replace(/([^s])s$/, '$1');
  return [...words.slice(0, -1), singular].join(' ');
}

function rangeOf(turn: ComposerTurn): { min?: number; max?: number } | null {
  const money = turn.slots.money;
  if (money.min !== undefined || money.max !== undefined) return { min: money.min, max: money.max };
  if (money.around !== undefined) return { min: Math.floor(money.around * 0.8), max: Math.ceil(money.around * 1.2) };
  return null;
}

/** The product words of the question, as typed ("watch", "men's shoes", "skin"). */
function subjectWords(normal: string): string[] {
  const text = normal.replace(/\$\s?\d[\d,.]*k?|\b\d+(\.\d+)?\b/g, ' ').replace(/\b(in|at|for|from|of) (the|your|this) (shop|store|catalog|catalogue)\b/g, ' ');
  return contentWords(text).filter((word) => !NOT_SUBJECT.has(word) && word.length > 1);
}

function filters(scope: Scope): { matching?: string; category?: string } {
  return scope.category ? { category: scope.category } : scope.matching ? { matching: scope.matching } : {};
}

/** Tries the narrowest reading of the subject first: a category, all its words, then each word. */
async function findInScope(turn: ComposerTurn, subject: string[], range: { min?: number; max?: number } | null, order: Order, limit: number) {
  const scopes: Scope[] = [];
  if (subject.length === 0) scopes.push({ label: null });
  else {
    const label = subject.join(' ');
    const categoryNames = (word: string) => [...new Set([word, `${word}s`, word.replace(/s$/, ''), `${word}es`, word.replace(/es$/, '')])];
    if (subject.length === 1) for (const name of categoryNames(subject[0]!)) scopes.push({ category: name, label });
    scopes.push({ matching: subject.join(' '), label });
    if (subject.length > 1) {
      for (const word of subject) for (const name of categoryNames(word)) scopes.push({ category: name, label });
      for (const word of [...subject].sort((a, b) => b.length - a.length)) if (word.length > 2) scopes.push({ matching: word, label });
    }
  }
  for (const scope of scopes) {
    const listing = await turn.tools.listByPrice({ ...filters(scope), minPrice: range?.min, maxPrice: range?.max, order, limit });
    if (!listing) continue;
    if (listing.products.length > 0 || listing.matchingProductsPriceRange) return { scope, listing };
  }
  // Last resort: the category of what search finds for these words ("kitchen" → home-kitchen).
  if (subject.length > 0 && turn.tools.searchesLeft > 0) {
    const hits = (await turn.tools.search({ query: subject.join(' '), limit: 3 })).filter(isProductHit);
    const product = hits[0] ? await turn.tools.product(hits[0].productId) : null;
    if (product?.category) {
      const scope: Scope = { category: product.category, label: subject.join(' ') };
      const listing: PriceListing | null = await turn.tools.listByPrice({ category: product.category, minPrice: range?.min, maxPrice: range?.max, order, limit });
      if (listing && (listing.products.length > 0 || listing.matchingProductsPriceRange)) return { scope, listing };
    }
  }
  return null;
}

function price(product: ProductListing): string {
  const base = formatMoney(product.price, product.currency);
  return product.compareAtPrice !== null && product.compareAtPrice > product.price ? `${base}, down from ${formatMoney(product.compareAtPrice, product.currency)}` : base;
}

function soldOut(product: ProductListing, short = false): string {
  if (product.inStock) return '';
  return short ? ', sold out right now' : ' (sold out right now, though)';
}
