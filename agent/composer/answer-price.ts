import type { Answer, ComposerTurn } from './composer-turn.ts';
import type { ProductDetails, VariantDetails } from './composer-tools.ts';
import { formatMoney, sentences } from './phrasing.ts';
import { chooseOptions, variantsWith } from './product-options.ts';
import { resolveProduct } from './product-reference.ts';
import { agree, allSoldOut, isPlural, labelledPrices, priceGroups, productName, saleFrom } from './product-words.ts';

/** "How much is…": the price from the product's variants, the sale when there is one. */
export async function answerPrice(turn: ComposerTurn): Promise<Answer> {
  const reference = await resolveProduct(turn, turn.text, { allowClosest: true });
  if (!reference) return askWhichProduct(turn, 'the price');
  const { product } = reference;
  const choice = chooseOptions(product, turn.text, turn.slots);
  // "How much extra is the 256 GB?": the price of every option, so the difference is plain to see.
  const relative = /\b(extra|more|difference|upgrade|pricier|cheaper|than)\b/.test(turn.normal);
  const chosen = choice.chosen.size > 0 && !relative ? variantsWith(product, choice.chosen) : [];
  const variants = chosen.length > 0 ? chosen : product.variants;
  const intro = reference.how === 'closest' ? turn.say('closest', ['The closest match I have is the', 'If you mean the', 'The nearest thing in the catalog is the']) : 'The';
  const text = sentences(describePrice(turn, product, variants, intro, chosen.length > 0 && chosen.length < product.variants.length), soldOutNote(turn, variants));
  return { text, productIds: [product.productId] };
}

/** One or two sentences with the price points of these variants. */
export function describePrice(turn: ComposerTurn, product: ProductDetails, variants: VariantDetails[], intro = 'The', narrowed = false): string {
  const name = `${intro} ${productName(product)}`;
  const groups = priceGroups(variants);
  const currency = product.currency;
  if (groups.length === 1) {
    const group = groups[0]!;
    const where = narrowed && variants.length === 1 && variants[0]!.title && !/^default/i.test(variants[0]!.title) ? ` (${variants[0]!.title})` : '';
    const price = formatMoney(group.price, currency);
    const sale = saleFrom(variants);
    const is = agree(name, 'is');
    const base = turn.say('price-one', [`${name}${where} ${is} ${price}`, `${name}${where} ${agree(name, 'costs')} ${price}`, `${name}${where} ${agree(name, 'comes')} in at ${price}`]);
    if (sale === null) return `${base}.`;
    const was = formatMoney(sale, currency);
    return `${base}${turn.say('sale', [`, down from ${was} — it's on sale`, ` — on sale from ${was}`, ` right now, reduced from ${was}`])}.`;
  }
  const labelled = labelledPrices(product, variants);
  if (labelled) return turn.say('price-labelled', [`${name} ${agree(name, 'is')} ${labelled}.`, `${name} ${agree(name, 'costs')} ${labelled}.`]);
  const low = groups[0]!;
  const high = groups.at(-1)!;
  const sale = low.compareAtPrice !== null ? ` (reduced from ${formatMoney(low.compareAtPrice, currency)})` : '';
  return `${name} ${isPlural(name) ? 'start' : 'starts'} at ${formatMoney(low.price, currency)}${sale} and ${agree(name, 'goes')} up to ${formatMoney(high.price, currency)}, depending on the option.`;
}

function soldOutNote(turn: ComposerTurn, variants: VariantDetails[]): string | null {
  if (!allSoldOut(variants)) return null;
  return turn.say('price-sold-out', ["It's sold out right now, though.", 'Heads up: it is sold out at the moment.']);
}

/** Asked about a product without naming one we can find. */
export function askWhichProduct(turn: ComposerTurn, what: string): Answer {
  return {
    text: turn.say('which-product', [
      `Which product do you mean? Tell me its name and I'll check ${what} for you.`,
      `Happy to check ${what} — which product are you looking at?`,
      `Sure! Which item should I look up ${what} for?`,
    ]),
    productIds: [],
  };
}
