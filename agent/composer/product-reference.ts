import type { ComposerTurn } from './composer-turn.ts';
import { isProductHit, type ProductDetails, type ProductHit } from './composer-tools.ts';
import { COLOUR_WORDS, extractSlots } from './slots.ts';
import { contentWords, normaliseText, stem, tokens } from './text-tools.ts';

/** How a product was found: named by the shopper, the conversation's focus, or only the closest search hit. */
export type ReferenceKind = 'name' | 'focus' | 'closest';

export interface ProductReference {
  product: ProductDetails;
  how: ReferenceKind;
  /** For the closest hit: the kind of passage search matched (an overview is about the product; a FAQ may only mention the words). */
  matched?: string;
}

/** Words that say what the shopper wants done, not which product: left out of name searches. */
const NOT_NAME = new Set(
  (
    'how much many price prices priced pricing cost costs costing sale discount discounted deal offer code coupon promo cheap cheaper ' +
    'stock available availability left sold restock restocked back buy buying bought purchase cart basket add adding take taking order ' +
    'checkout link send sending want wanted would size sizes sized colour colours color colors shade shades option options ' +
    'ship shipping shipped deliver delivery return returns refund refunds exchange swap warranty guarantee payment pay wrap wrapped wrapping ' +
    'do does did have has sell sells carry carries come comes coming still again anymore any there left pls please thanks ' +
    'ok okay then plus also too and or yes great cool nice love lovely perfect fine right sure go going gonna ill id im ive ' +
    'tell about info information details detail question questions compare comparison difference versus vs better best between ' +
    'vs. which what who why when where whats hows wheres whens money take my me mine pair pairs piece pieces one ones unit units ' +
    'please think thinking looking interested recommend suggestion suggest help ' +
    'little small big large medium extra men mens women womens ladies kids unisex real actual ' +
    'long longer heavy deep high tall wide strong fast quick policy policies rules terms store shop site website catalog ' +
    'chance possible bit more off deal today now tomorrow fine give giving something anything honest please'
  ).split(' '),
);

/** Title words too common to identify a product alone. */
const WEAK_TITLE_WORDS = new Set(['women', 'men', 'set', 'edition', 'limited', 'new', 'classic', 'everyday', 'the', 'with', 'and', 'de', 'by']);

const COLOUR_SET = new Set(COLOUR_WORDS.flatMap((colour) => colour.split(' ')));

/**
 * The words of a message (or part of one) that could name a product. Colour words stay only when
 * asked (`keepColours`): "cream blush" names a product, "the black one" does not.
 */
export function nameWords(text: string, options: { keepColours?: boolean } = {}): string[] {
  const slots = extractSlots(text);
  let normal = normaliseText(text).replace(/\b(?:to|in|into|on)\s+(?:my|the|a)\s+(?:cart|bag|basket)\b/g, ' ');
  if (!options.keepColours) for (const colour of slots.colours) normal = normal.replace(new RegExp(`\\b${colour}\\b`), ' ');
  normal = normal
    // Shoppers' short forms of catalog words.
    .replace(/\bvit\b/g, 'vitamin')
    .replace(/\$\s?\d[\d,.]*k?/g, ' ')
    .replace(/\b\d+(?:\.\d+)?\s?(?:%|ml|l|oz|gb|tb|mm|cm|ctw|ct|carats?)\b/g, ' ')
    .replace(/\b(?:eu|us|uk|size|waist)\s?\d{1,2}(?:\.5)?\b/g, ' ')
    .replace(/\b(?:xxs|xs|xl|xxl|s|m|l)\b/g, ' ');
  return contentWords(normal).filter((word) => !NOT_NAME.has(word) && (options.keepColours || !COLOUR_SET.has(word)) && (word.length > 1 || /^[\dc-hj-kn-rt-z]$/.test(word)));
}

/** True when the words could name a product by themselves (not only numbers or colours). */
export function namesSomething(words: string[]): boolean {
  return words.some((word) => !/^\d/.test(word) && !COLOUR_SET.has(word));
}

function titleStems(hit: { title: string; brand: string | null }): string[] {
  return tokens(`${hit.title} ${hit.brand ?? ''}`).map(stem);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d/.test(a) || /^\d/.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "cami" names the Camisole and "nova" the Novatech charger, but "stud" is not "student".
  return short.length >= 4 && long.startsWith(short) && !/^(ent|ents|ing|ed|er|ers|y|i|ie|s|es|ly|ness|io|ion|ions)$/.test(long.slice(short.length));
}

/** How well a message's name words match a product's title and brand (0 = not at all). */
export function titleScore(words: string[], hit: { title: string; brand: string | null }): number {
  const title = titleStems(hit);
  let score = 0;
  let named = 0;
  const matchedParts = new Set<string>();
  for (const word of new Set(words.map(stem))) {
    const exact = title.find((part) => part === word);
    const prefix = exact ?? title.find((part) => sameWord(part, word));
    if (!prefix) continue;
    matchedParts.add(prefix);
    const strength = exact ? 1 : 0.6;
    if (/^\d/.test(word)) score += 1;
    else if (WEAK_TITLE_WORDS.has(word)) score += 0.3;
    else {
      score += COLOUR_SET.has(word) ? 0.6 * strength : strength;
      named += 1;
    }
  }
  // A number alone ("38") never names a product: the Field Watch 38 is not "size 38".
  if (named === 0) return 0;
  // Between equal matches, the product whose title the words cover more of ("Nova 8 Smartphone" over "Nova 8 Clear Shock Case").
  return score + (0.3 * matchedParts.size) / new Set(title).size;
}

/**
 * Finds the product a message (or one part of it) is about. Explicit names are resolved with
 * search_products and the hit whose title or brand best matches the words; "it / this one / the
 * black one" is the conversation's focus. Ids are opaque: nothing is built from a name.
 */
export async function resolveProduct(
  turn: ComposerTurn,
  text: string,
  options: { allowFocus?: boolean; allowClosest?: boolean; exclude?: string[] } = {},
): Promise<ProductReference | null> {
  const { allowFocus = true, allowClosest = false, exclude = [] } = options;
  const words = nameWords(text, { keepColours: true });
  const focusId = turn.memory.focusProductIds.find((id) => !exclude.includes(id));
  const pointsBack = extractSlots(text).pronoun;

  if (focusId && allowFocus && (pointsBack || !namesSomething(words))) {
    const product = await turn.tools.product(focusId);
    // "Apply it to the Margaux bag": a product named in full beats the pronoun.
    const strongName = pointsBack && words.filter((word) => !/^\d/.test(word)).length >= 2 && product !== null && titleScore(words, product) < 1;
    if (strongName) {
      const { best } = await searchByName(turn, words, exclude);
      if (best && titleScore(words, best) >= 2) {
        const named = await turn.tools.product(best.productId);
        if (named) return { product: named, how: 'name' };
      }
    }
    if (product) return { product, how: 'focus' };
  }
  if (words.length > 0 && words.some((word) => !/^\d/.test(word))) {
    if (focusId && allowFocus) {
      const focus = await turn.tools.product(focusId);
      if (focus && titleScore(words, focus) >= Math.min(2, words.length)) return { product: focus, how: 'name' };
    }
    const { hits, best } = await searchByName(turn, words, exclude);
    if (best) {
      const product = await turn.tools.product(best.productId);
      if (product) return { product, how: 'name' };
    }
    if (allowClosest && hits[0]) {
      const product = await turn.tools.product(hits[0].productId);
      if (product) return { product, how: 'closest', matched: hits[0].matched.kind };
    }
  }
  if (focusId && allowFocus) {
    const product = await turn.tools.product(focusId);
    if (product) return { product, how: 'focus' };
  }
  return null;
}

/** search_products with the name words, and the hit whose title matches them best. */
async function searchByName(turn: ComposerTurn, words: string[], exclude: string[]): Promise<{ hits: ProductHit[]; best: ProductHit | null }> {
  const hits = (await turn.tools.search({ query: words.join(' '), limit: 6 })).filter(isProductHit).filter((hit) => !exclude.includes(hit.productId));
  return { hits, best: bestTitleMatch(words, hits) };
}

/**
 * When the shopper names an option the product in focus does not have ("coral" after looking at
 * two shoes), the other product in focus that has it is meant.
 */
export async function preferFocusWithOption(turn: ComposerTurn, reference: ProductReference | null, colours: string[]): Promise<ProductReference | null> {
  if (!reference || reference.how !== 'focus' || colours.length === 0) return reference;
  const has = (product: ProductDetails) =>
    colours.every((colour) => product.variants.some((variant) => Object.values(variant.options).some((value) => normaliseText(value).includes(colour))));
  if (has(reference.product)) return reference;
  for (const id of turn.memory.focusProductIds.slice(1, 4)) {
    const product = await turn.tools.product(id);
    if (product && has(product)) return { product, how: 'focus' };
  }
  return reference;
}

/** The hit whose title matches the words best; ties go to the better-ranked hit. */
export function bestTitleMatch(words: string[], hits: ProductHit[]): ProductHit | null {
  let best: ProductHit | null = null;
  let bestScore = 0;
  for (const hit of hits) {
    const score = titleScore(words, hit);
    if (score > bestScore) {
      best = hit;
      bestScore = score;
    }
  }
  return best;
}
