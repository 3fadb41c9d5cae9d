import type { Answer, ComposerTurn } from './composer-turn.ts';
import type { ProductDetails } from './composer-tools.ts';
import { productCandidates, selectAnswer } from './knowledge-match.ts';
import { endSentence, formatMoney, lowerFirst, sentences, shorten } from './phrasing.ts';
import { type ProductReference, resolveProduct } from './product-reference.ts';
import { productName, saleFrom } from './product-words.ts';

/** Asks the prices only ("which is cheaper?"), not "how much more water-resistant". */
const PRICE_ONLY = /\b(price|prices|cost|costs|cheaper|expensive|pricier)\b|\bhow much (is|are|does|do|for|would|will)\b/;

/** Splits "X vs Y — which lasts longer?" into the two product phrases. */
function comparedParts(normal: string): [string, string] | null {
  const text = normal
    .replace(/^.*?\b(differences?|difference) between\b/, '')
    .replace(/^.*?\bcompare\b/, '')
    .replace(/\bhow (do|does)\b/, '');
  const match = /^(.*?)\s*(?:\bvs\.?|\bversus\b|\bcompared (?:to|with)\b|\bor\b|\band\b|\bwith\b)\s*(.+)$/.exec(text);
  if (!match || !match[1]!.trim() || !match[2]!.trim()) return null;
  return [match[1]!.trim(), match[2]!.trim()];
}

/** Two named products side by side: prices, then the line of each that speaks to the question. */
export async function answerComparison(turn: ComposerTurn): Promise<Answer | null> {
  const parts = comparedParts(turn.normal);
  let first: ProductReference | null = null;
  let second: ProductReference | null = null;
  if (parts) {
    first = await resolveProduct(turn, parts[0], { allowFocus: turn.slots.pronoun });
    second = await resolveProduct(turn, parts[1], { allowFocus: false, exclude: first ? [first.product.productId] : [] });
  }
  if (first && !second) second = await resolveProduct(turn, 'it', { exclude: [first.product.productId] });
  if (!first || !second || first.product.productId === second.product.productId) return null;

  const compared = (await turn.tools.compare([first.product.productId, second.product.productId])) ?? [first.product, second.product];
  const [a, b] = compared as [ProductDetails, ProductDetails];
  const head = turn.say('compare-head', [
    `The ${productName(a)} is ${priceText(a)} and the ${productName(b)} is ${priceText(b)}.`,
    `Side by side: the ${productName(a)} costs ${priceText(a)}, the ${productName(b)} ${priceText(b)}.`,
  ]);
  if (PRICE_ONLY.test(turn.normal) && !/\bfor\b/.test(turn.normal)) {
    return { text: sentences(head, turn.say('compare-next', ['Want the details of either one?', 'Which one are you leaning towards?'])), productIds: [a.productId, b.productId] };
  }
  const names = [a.title, a.brand ?? '', b.title, b.brand ?? ''];
  const lines = [a, b].map((product) => lineFor(turn, product, names));
  const body = lines.every((line) => line !== null)
    ? `${productName(a)}: ${lowerFirst(lines[0]!)} ${productName(b)}: ${lowerFirst(lines[1]!)}`
    : lines
        .map((line, index) => (line ? `${productName([a, b][index]!)}: ${lowerFirst(line)}` : null))
        .filter(Boolean)
        .join(' ');
  return {
    text: sentences(head, body, turn.say('compare-next', ['Which way are you leaning?', 'Want me to check stock on either?', ''])),
    productIds: [a.productId, b.productId],
  };
}

/** The line of one product that answers the question ("which has the better battery"), or its first feature. */
function lineFor(turn: ComposerTurn, product: ProductDetails, names: string[]): string | null {
  const candidates = productCandidates(product);
  const selection = selectAnswer(turn.text, names, candidates, { maxQuotes: 1 });
  // Nothing speaks to the question: the line closest to it, else the first feature.
  const closest = selectAnswer(turn.text, names.filter((name) => !product.title.includes(name) && name !== product.brand), candidates.filter((candidate) => candidate.source !== 'attribute' || !/shipping|return|warranty/i.test(candidate.label ?? '')), { maxQuotes: 1 });
  const quote = !selection.general && selection.coverage >= 0.5 ? selection.quotes[0] : (closest.quotes[0] ?? candidates.find((candidate) => candidate.source === 'feature'));
  if (!quote) return null;
  const text = endSentence(shorten(quote.text, 200));
  return quote.source === 'attribute' && quote.label ? `${quote.label.toLowerCase()} — ${text}` : text;
}

function priceText(product: ProductDetails): string {
  const prices = product.variants.map((variant) => variant.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const sale = saleFrom(product.variants);
  const base = low === high ? formatMoney(low, product.currency) : `from ${formatMoney(low, product.currency)} to ${formatMoney(high, product.currency)}`;
  return sale !== null ? `${base} (down from ${formatMoney(sale, product.currency)})` : base;
}
