import { askWhichProduct } from './answer-price.ts';
import type { Answer, ComposerTurn } from './composer-turn.ts';
import { type AvailabilityVariant, isProductHit, type ProductDetails, type VariantDetails } from './composer-tools.ts';
import { productCandidates, selectAnswer } from './knowledge-match.ts';
import { capitalise, endSentence, formatMoney, joinList, sentences } from './phrasing.ts';
import { chooseOptions, isAvailable, type OptionChoice, optionNoun, optionValues, variantsWith } from './product-options.ts';
import { nameWords, preferFocusWithOption, resolveProduct } from './product-reference.ts';
import { agree, allSoldOut, isPlural, priceFrom, productName, totalStock } from './product-words.ts';

const RESTOCK = /\b(restock|restocked|back in stock|be back|come back|coming back|when will|get more|more coming)\b/;
const HOW_MANY = /\bhow many\b|\bhow much stock\b|\bunits?\b.*\bleft\b/;

/** "Is it in stock", "do you have it in M", "any left in olive?": stock per variant, never more than the data shows. */
export async function answerAvailability(turn: ComposerTurn): Promise<Answer> {
  const reference = await preferFocusWithOption(turn, await resolveProduct(turn, turn.text, { allowClosest: true }), turn.slots.colours);
  if (!reference) return askWhichProduct(turn, 'stock');
  const { product } = reference;
  if (reference.how === 'closest' && /\bdo you (sell|carry|have|stock)\b|\bhave you got\b/.test(turn.normal)) {
    return notCarried(turn, product, reference.matched === 'overview' || reference.matched === 'feature');
  }
  const choice = chooseOptions(product, turn.text, turn.slots, turn.profile);
  const closest = reference.how === 'closest' ? turn.say('closest-lead', [`The closest match I have is the ${productName(product)}.`, `I think you mean the ${productName(product)}.`]) : null;
  return { text: sentences(closest, await describeAvailability(turn, product, choice, closest ? 'It' : 'The')), productIds: [product.productId] };
}

/** The availability sentence(s) for a product and the options the shopper named. */
async function describeAvailability(turn: ComposerTurn, product: ProductDetails, choice: OptionChoice, lead: 'The' | 'It' = 'The'): Promise<string> {
  // "It" when the product was just named in the sentence before.
  const name = lead === 'It' ? (isPlural(productName(product)) ? 'They' : 'It') : `The ${productName(product)}`;
  const data = await turn.tools.availability(product.productId, [...choice.chosen.values()]);
  const options = optionValues(product);
  const wantsCount = HOW_MANY.test(turn.normal);

  if (choice.unmatched.length > 0) {
    const offered = [...options].map(([option, values]) => `${joinList(values.filter((value) => product.variants.some((variant) => variant.options[option] === value && isAvailable(variant))), 'or')}`);
    const inStock = offered.filter(Boolean)[0];
    return sentences(
      `${name} ${isPlural(name) ? "don't" : "doesn't"} come in ${joinList(choice.unmatched, 'or')}.`,
      inStock ? turn.say('offered', [`Right now ${isPlural(name) || name === 'They' ? "they're" : "it's"} available in ${inStock}.`, `In stock at the moment: ${inStock}.`]) : null,
    );
  }

  // Exactly the asked options (the tool also matches parts of variant titles: "L" in "XL / Black").
  const exact = new Set(variantsWith(product, choice.chosen).map((variant) => variant.variantId));
  const matching: AvailabilityVariant[] = (data?.matchingVariants ?? variantsWith(product, choice.chosen).map(toAvailability)).filter((variant) => exact.has(variant.variantId));
  if (matching.length === 0) {
    return `${name} ${isPlural(name) ? "don't" : "doesn't"} come in ${joinList([...choice.chosen.values()], 'and')} — ${describeOptions(product)}.`;
  }
  const asked = choice.chosen.size > 0;
  const profileNote = choice.fromProfile.size > 0 ? `In your size (${[...choice.fromProfile].map((option) => choice.chosen.get(option)).join(', ')}), ` : '';
  const restock = RESTOCK.test(turn.normal);

  if (!asked) {
    if (allSoldOut(matching)) return sentences(`${name} ${agree(name, 'is')} sold out right now${product.variants.length > 1 ? ' in every option' : ''}.`, await restockNote(turn, product, restock), await similarInStock(turn, product));
    const available = matching.filter((variant) => variant.available);
    const soldOut = matching.filter((variant) => !variant.available);
    const stock = totalStock(available);
    const count = stock !== null && (wantsCount || stock <= 5) ? turn.say('count', [` — ${stock} left in total`, `, with ${stock} left`]) : '';
    if (soldOut.length === 0) {
      const which = product.variants.length > 1 && product.variants.length <= 4 ? ` in ${joinList(available.map((variant) => variant.title))}` : '';
      return turn.say('in-stock', [`Yes — ${lowerName(name)} ${agree(name, 'is')} in stock${which}${count}.`, `Good news: ${lowerName(name)} ${agree(name, 'is')} available${which}${count}.`]);
    }
    if (soldOut.length <= 3 || available.length > soldOut.length * 2) {
      return sentences(
        `${name} ${agree(name, 'is')} in stock, except ${joinList(soldOut.map((variant) => variant.title))}, which ${soldOut.length === 1 ? 'is' : 'are'} sold out.`,
        restock ? await restockNote(turn, product, true) : null,
      );
    }
    return `${name} ${agree(name, 'is')} in stock in ${joinList(available.map((variant) => variant.title))}; the rest is sold out.`;
  }

  const available = matching.filter((variant) => variant.available);
  const soldOut = matching.filter((variant) => !variant.available);
  const askedLabel = joinList([...choice.chosen.values()], 'and');
  if (matching.length === 1) {
    const variant = matching[0]!;
    if (variant.available) {
      const few = variant.inventory !== null && (wantsCount || variant.inventory <= 3);
      const count = few ? turn.say('few', [` — only ${variant.inventory} left`, `, and there are ${variant.inventory} left`]) : '';
      const subject = `${lowerName(name)} in ${variant.title}`;
      const is = agree(name, 'is');
      if (profileNote) return `${capitalise(profileNote)}${subject} ${is} in stock${count}.`;
      return turn.say('yes', [`Yes — ${subject} ${is} in stock${count}.`, `Good news: ${subject} ${is} in stock${count}.`]);
    }
    return sentences(
      turn.say('sold-out-one', [`Sorry, ${lowerName(name)} in ${variant.title} ${agree(name, 'is')} sold out right now.`, `I'm afraid ${lowerName(name)} ${agree(name, 'is')} sold out in ${variant.title}.`]),
      alternativesFor(turn, product, choice) ?? (await similarInStock(turn, product)),
      await restockNote(turn, product, restock),
    );
  }
  if (soldOut.length === 0) {
    const stock = totalStock(available);
    const count = stock !== null && (wantsCount || stock <= 5) ? ` (${stock} left)` : '';
    return `${profileNote ? capitalise(profileNote) : 'Yes — '}${askedLabel} is in stock in ${joinList(available.map((variant) => otherOptions(variant, choice)))}${count}.`;
  }
  if (available.length === 0) {
    return sentences(
      `${profileNote ? capitalise(profileNote) : 'Sorry, '}${askedLabel} is sold out right now in every ${joinList(otherOptionNames(product, choice), 'and') || 'option'}.`,
      await restockNote(turn, product, restock),
      alternativesFor(turn, product, choice) ?? (await similarInStock(turn, product)),
    );
  }
  return `${profileNote ? capitalise(profileNote) : `In ${askedLabel}, `}${joinList(available.map((variant) => otherOptions(variant, choice)))} ${available.length === 1 ? 'is' : 'are'} in stock, but ${joinList(soldOut.map((variant) => otherOptions(variant, choice)))} ${soldOut.length === 1 ? 'is' : 'are'} sold out.`;
}

function lowerName(name: string): string {
  return name.replace(/^The /, 'the ').replace(/^It$/, 'it').replace(/^They$/, 'they');
}

function toAvailability(variant: VariantDetails): AvailabilityVariant {
  return { ...variant, available: isAvailable(variant) };
}

/** "colour" when the size was asked and colours remain to choose. */
function otherOptionNames(product: ProductDetails, choice: OptionChoice): string[] {
  return [...optionValues(product)].filter(([option, values]) => values.length > 1 && !choice.chosen.has(option)).map(([option]) => optionNoun(option));
}

/** "Sand" for M / Sand when M was asked. */
function otherOptions(variant: { title: string; options: Record<string, string> }, choice: OptionChoice): string {
  const rest = Object.entries(variant.options).filter(([option]) => !choice.chosen.has(option)).map(([, value]) => value);
  return rest.length > 0 ? `the ${rest.join(' / ')}` : variant.title;
}

/** "It comes in XS to XL, in Sand or Olive." */
function describeOptions(product: ProductDetails): string {
  const parts = [...optionValues(product)].map(([option, values]) => `${optionNoun(option)} ${joinList(values, 'or')}`);
  return `it comes in ${joinList(parts, 'and')}`;
}

/** In-stock variants next to the sold-out choice: the same colour in other sizes, the same size in other colours. */
export function alternativesFor(turn: ComposerTurn, product: ProductDetails, choice: OptionChoice): string | null {
  const chosen = [...choice.chosen];
  if (chosen.length === 0) return null;
  const suggestions: string[] = [];
  for (const [option, value] of chosen) {
    // Keep everything else, change this one option.
    const keep = new Map(chosen.filter(([other]) => other !== option));
    const others = product.variants.filter(
      (variant) => variant.options[option] !== value && [...keep].every(([name, kept]) => variant.options[name] === kept) && isAvailable(variant),
    );
    if (others.length === 0) continue;
    const values = others.map((variant) => variant.options[option]!).filter((item, index, list) => list.indexOf(item) === index);
    const keptLabel = [...keep.values()].join(' / ');
    suggestions.push(keptLabel ? `${keptLabel} is available in ${joinList(values, 'and')}` : `${joinList(values, 'and')} ${values.length === 1 ? 'is' : 'are'} in stock`);
  }
  if (suggestions.length === 0) return null;
  return endSentence(turn.say('alternatives', [`Good news, though: ${suggestions.join(', and ')}`, `But ${suggestions.join('; ')}`, `If it helps, ${suggestions.join(', and ')}`]));
}

/** A similar product that is in stock, from search (same category, the product's own words). */
export async function similarInStock(turn: ComposerTurn, product: ProductDetails): Promise<string | null> {
  if (turn.tools.searchesLeft === 0) return null;
  const query = `${productName(product)} ${product.category ?? ''}`.trim();
  const hits = (await turn.tools.search({ query, inStockOnly: true, limit: 4, category: product.category ?? undefined })).filter(isProductHit);
  const alternative = hits.find((hit) => hit.productId !== product.productId);
  if (!alternative) return null;
  const price = alternative.priceFrom === alternative.priceTo ? formatMoney(alternative.priceFrom, alternative.currency) : `from ${formatMoney(alternative.priceFrom, alternative.currency)}`;
  turn.related.push(alternative.productId);
  const name = productName(alternative);
  return turn.say('similar', [
    `If you'd like something similar, the ${name} (${price}) ${agree(name, 'is')} in stock.`,
    `A similar option that's in stock: the ${name} (${price}).`,
    `The ${name} (${price}) ${agree(name, 'is')} available now, if that's an option for you.`,
  ]);
}

/** What the catalog says about a restock, or that it has no date. */
async function restockNote(turn: ComposerTurn, product: ProductDetails, asked: boolean): Promise<string | null> {
  if (!asked) return null;
  const faqs = productCandidates(product).filter((candidate) => candidate.source === 'faq');
  const selection = selectAnswer(`when will it be back in stock restock ${turn.normal}`, nameWords(product.title), faqs, { maxQuotes: 1 });
  const quote = selection.quotes[0];
  if (quote && /\b(back|restock|stock|return)\b/i.test(`${quote.label ?? ''} ${quote.text}`)) {
    return sentences(endSentence(quote.text), turn.say('restock-check', ['I can check with the team if you like.', 'Want me to check with the team?']));
  }
  return turn.say('no-restock', [
    "I don't have a restock date for it — I can check with the team if you like.",
    "The catalog doesn't say when it'll be back; want me to check with the team?",
  ]);
}

/** The shopper asked for something the catalog does not have; name the closest thing it does have. */
function notCarried(turn: ComposerTurn, product: ProductDetails, aboutIt: boolean): Answer {
  const words = nameWords(turn.text).filter((word) => !/^\d/.test(word));
  // As the shopper wrote it ("iPhones"), when it is a short phrase.
  const typed = words.map((word) => new RegExp(`\\b${word}\\b`, 'i').exec(turn.text.replace(/['’]/g, ''))?.[0] ?? word);
  const asked = words.length > 0 && words.length <= 3 ? typed.join(' ') : 'exactly that';
  if (!aboutIt) {
    return {
      text: turn.say('not-carried-none', [`We don't carry ${asked}, I'm afraid. Is there something else I can help you find?`, `I don't see ${asked} in our catalog — can I help you find something similar?`]),
      productIds: [],
    };
  }
  return {
    text: turn.say('not-carried', [
      `I don't see ${asked} in our catalog — the closest thing we have is the ${productName(product)} (${priceFrom(product)}).`,
      `We don't carry ${asked}, I'm afraid. The nearest match is the ${productName(product)}, ${priceFrom(product)}.`,
    ]),
    productIds: [product.productId],
  };
}
