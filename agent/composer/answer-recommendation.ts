import type { Answer, ComposerTurn } from './composer-turn.ts';
import { isProductHit, type ProductDetails, type ProductHit } from './composer-tools.ts';
import { productCandidates, selectAnswer } from './knowledge-match.ts';
import { endSentence, formatMoney, joinList, lowerFirst, sentences, shorten } from './phrasing.ts';
import { describePrice } from './answer-price.ts';
import { titleScore } from './product-reference.ts';
import { agree, productName, saleFrom } from './product-words.ts';
import { contentWords, normaliseText, stem } from './text-tools.ts';

/** Phrases that say "help me find" rather than what to find. */
const ASKING = [
  /\b(can|could|would) you (please )?(recommend|suggest|show me|find me|help me (find|choose|pick))\b/g,
  /\b(what|which) (would|do|should|can) (you|i) (recommend|suggest|get|buy|pick)\b/g,
  /\b(im|i am|were|we are) (looking|searching|shopping) (for|at)\b/g,
  /\b(looking|searching|shopping) for\b/g,
  /\b(i|we) (need|want|would like)\b/g,
  /\b(do you have|have you got|got|any|anything|something|some|ideas?|recommendations?|suggestions?|please|pls|help|where do i start|build me)\b/g,
  /\$\s?\d[\d,.]*k?|\b\d+\s?(dollars|bucks)\b/g,
  /\b(under|below|less than|around|about|max|maximum|budget|total|each|between|and|to|up to|at most|or less|a piece)\b/g,
];

const APPAREL = /womenswear|menswear|shoes|apparel|clothing|dress|shirt|top|trouser|jean/i;

/** Needs and gift ideas in the shopper's words: search with their words, the profile and the budget. */
export async function answerRecommendation(turn: ComposerTurn, options: { fromUnknown?: boolean } = {}): Promise<Answer> {
  const focusId = turn.memory.focusProductIds[0];
  if (focusId && PAIRS_WITH_IT.test(turn.normal)) {
    const pairing = await answerPairing(turn, focusId);
    if (pairing) return pairing;
  }
  const budget = budgetOf(turn);
  const query = searchQuery(turn);
  if (!query) {
    return {
      text: turn.say('rec-empty', ['Happy to help! What are you shopping for — and is it for you or a gift?', 'Sure — tell me a bit about what you need and I will find a few options.']),
      productIds: [],
    };
  }
  let hits = (await turn.tools.search({ query, maxPrice: budget.max, minPrice: budget.min, inStockOnly: true, limit: 6 })).filter(isProductHit);
  let overBudget = false;
  if (hits.length === 0 && (budget.max !== undefined || budget.min !== undefined) && turn.tools.searchesLeft > 0) {
    hits = (await turn.tools.search({ query: `${query} options`, inStockOnly: true, limit: 4 })).filter(isProductHit);
    overBudget = hits.length > 0;
  }
  if (hits.length === 0) {
    return {
      text: turn.say('rec-none', [
        "I couldn't find a good match for that in our catalog, I'm afraid. Could you tell me a bit more about what you need?",
        "Nothing in the catalog fits that well, sorry. Want to tell me more, or shall I check with the team?",
      ]),
      productIds: [],
    };
  }

  // The shopper named one product ("I'm looking at the tennis bracelet"): talk about that one.
  const words = contentWords(turn.text);
  const top = hits[0]!;
  if (titleScore(words, top) >= 2 && hits.slice(1).every((hit) => titleScore(words, hit) < titleScore(words, top))) {
    const product = await turn.tools.product(top.productId);
    if (product) {
      const { reason } = reasonFor(product, query);
      return {
        text: sentences(describePrice(turn, product, product.variants), reason, followUp(turn, [product], budget)),
        productIds: [product.productId],
      };
    }
  }

  // Not the thing it should go with ("a top to go with jeans" is not jeans); the kind of product asked for first.
  const companion = GOES_WITH.exec(turn.normal)?.[1];
  const gender = /\b(women|womens|woman|ladies|her|she|wife|mum|mom|mother|sister|girlfriend|daughter|bridesmaids?)\b/.test(turn.normal)
    ? 'women'
    : /\b(men|mens|man|him|his|husband|dad|dads|father|brother|boyfriend|son|guy)\b/.test(turn.normal)
      ? 'men'
      : null;
  const candidates = dedupe(hits).filter(
    (hit) =>
      (!companion || titleScore(contentWords(companion), hit) === 0) &&
      !(gender === 'women' && /\(men\)/i.test(hit.title)) &&
      !(gender === 'men' && /\(women\)/i.test(hit.title)),
  );
  // The kind asked for ("watch" in "dive watch"): a query word that is some candidate's head noun or category.
  const queryWords = contentWords(query).filter((word) => !companion?.includes(word));
  const kindsOf = (hit: ProductHit) => [stem(headNoun(hit.title)), stem(hit.category ?? '')];
  const kindStems = new Set(queryWords.map(stem).filter((word) => candidates.some((hit) => kindsOf(hit).includes(word))));
  const ofKind = candidates.filter((hit) => kindsOf(hit).some((kind) => kindStems.has(kind)));
  const pool = ofKind.length > 0 ? ofKind : candidates.length > 0 ? candidates : dedupe(hits);
  // Titles that carry more of the shopper's other words first ("dive watch" → the Diver, "running shoes" → the running
  // shoe), search order otherwise.
  const traits = queryWords.filter((word) => !kindStems.has(stem(word)));
  const ranked = pool
    .map((hit, index) => ({ hit, index, score: ofKind.length > 0 ? titleScore(traits, hit) : 0, all: ofKind.length > 0 ? titleScore(queryWords, hit) : 0 }))
    .sort((a, b) => b.score - a.score || b.all - a.all || a.index - b.index);
  const picks = ranked.map((entry) => entry.hit).slice(0, options.fromUnknown ? 2 : 3);
  const loaded = (await Promise.all(picks.map((hit) => turn.tools.product(hit.productId)))).filter((product): product is ProductDetails => product !== null);
  // Each pick with its best line for the shopper's words; picks far weaker than the first are left out.
  const reasons = loaded.map((product) => ({ product, ...reasonFor(product, query) }));
  const bestFit = reasons[0]?.fit ?? 0;
  const chosen = reasons.filter((entry, index) => index === 0 || entry.fit >= bestFit * 0.5);
  const lines = chosen.map(({ product, reason }) => `the ${productName(product)} (${priceText(product)})${reason ? ` — ${lowerFirst(reason.replace(/\.$/, ''))}` : ''}`);
  const products = chosen.map((entry) => entry.product);
  const intro = overBudget
    ? turn.say('rec-over', ["I couldn't find anything within that budget, but the closest is", 'Nothing fits that budget exactly; the nearest is'])
    : lines.length === 1
      ? turn.say('rec-intro-one', ["I'd suggest", 'My pick would be', 'Have a look at'])
      : turn.say('rec-intro', ["I'd suggest", 'A few good options:', 'You might like', 'Here is what I would look at:']);
  const list = lines.length === 1 ? lines[0]! : `${lines.slice(0, -1).join('; ')}; and ${lines.at(-1)}`;
  return {
    text: sentences(endSentence(`${intro} ${list}`), followUp(turn, products, budget)),
    productIds: products.map((product) => product.productId),
  };
}

/** "What goes with it?", "anything to pair with this?": the catalog's own cross-sell relations. */
const PAIRS_WITH_IT = /\b(go|goes|pair|pairs|match|matches|wear|style)\s+(well\s+)?with\s+(it|this|that|them|these|those)\b|\bcomplete the look\b/;

async function answerPairing(turn: ComposerTurn, productId: string): Promise<Answer | null> {
  const data = await turn.tools.complementary(productId);
  const product = await turn.tools.product(productId);
  const pairs = (data?.pairsWellWith ?? []).filter((item) => item.inStock).slice(0, 3);
  if (!product || pairs.length === 0) return null;
  const items = pairs.map((item) => {
    const price = item.priceFrom === item.priceTo ? formatMoney(item.priceFrom, item.currency) : `from ${formatMoney(item.priceFrom, item.currency)}`;
    return `the ${productName(item)} (${price})`;
  });
  const name = productName(product);
  return {
    text: sentences(
      turn.say('pairs', [`The ${name} ${agree(name, 'goes')} well with ${joinList(items)}.`, `To go with the ${name}, I'd suggest ${joinList(items, 'or')}.`]),
      turn.say('pairs-next', ['Want a closer look at any of them?', 'Shall I check sizes or stock?']),
    ),
    productIds: [productId, ...pairs.map((item) => item.productId)],
  };
}

/** What a product is, from its title: "Tempo Road Running Shoe (Women)" → "Shoe", "Second Skin Tint SPF 20" → "Tint". */
function headNoun(title: string): string {
  const words = title
    .replace(/\s+[—–-]\s+.*$/, '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((word) => /^[A-Za-z][a-z]/.test(word));
  return words.at(-1) ?? title;
}

function budgetOf(turn: ComposerTurn): { min?: number; max?: number; stated: boolean } {
  const money = turn.slots.money;
  if (money.max !== undefined || money.min !== undefined) return { min: money.min, max: money.max, stated: true };
  // "Around $1,500" is a band, not a ceiling: a $48 coffee set does not answer it.
  if (money.around !== undefined) return { min: Math.round(money.around * 0.6), max: Math.round(money.around * 1.2), stated: true };
  if (money.amounts.length === 1) return { max: money.amounts[0], stated: true };
  const budget = turn.profile.budget;
  return budget === null ? { stated: false } : { max: budget, stated: true };
}

/** Shoppers' words for a kind of product that catalog titles rarely use. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  shoes: 'shoe sandal sneaker boot',
  shoe: 'sandal sneaker boot',
  footwear: 'shoe sandal sneaker boot',
  bag: 'tote crossbody weekender',
  bags: 'bag tote crossbody weekender',
  jewellery: 'hoops pendant studs bracelet ring',
  jewelry: 'hoops pendant studs bracelet ring',
  top: 'tee camisole shirt blouse sweater',
  tops: 'tee camisole shirt blouse sweater',
  bottoms: 'jeans chinos skirt trousers',
  trousers: 'chinos jeans',
  pants: 'chinos jeans trousers',
  sneakers: 'sneaker trainers',
  trainers: 'sneaker running shoe',
  earrings: 'earrings hoops studs',
  necklace: 'pendant necklace',
  perfume: 'eau de parfum fragrance',
  cologne: 'eau de toilette fragrance',
  moisturizer: 'moisturiser cream',
};

/** "…to go with jeans": what the product should go with, not what it is. */
const GOES_WITH = /\b(?:go|goes|going|pair|pairs|match|matches|wear|wearing|style)\s+(?:well\s+)?with\s+(?:my\s+|a\s+|the\s+|some\s+)?([a-z-]+(?:\s[a-z-]+)?)/;

/** The shopper's own words (minus the asking and the budget) plus up to two stated preferences. */
function searchQuery(turn: ComposerTurn): string {
  let text = normaliseText(turn.text);
  for (const pattern of ASKING) text = text.replace(pattern, ' ');
  const words = contentWords(text).filter((word) => !/^\d+$/.test(word));
  for (const word of [...words]) if (KIND_WORDS[word]) words.push(...KIND_WORDS[word]!.split(' '));
  // Not knowing someone's taste is a need of its own: a set to discover from.
  if (/\b(dont|do not|not sure|no idea)\b.{0,20}\b(what|which)\b.{0,20}\b(like|likes|wear|wears|prefer|prefers)\b/.test(normaliseText(turn.text))) words.push('discovery', 'set');
  const preferences = turn.profile.preferences.filter((preference) => !words.includes(preference.toLowerCase())).slice(0, 2);
  return [...words, ...preferences].join(' ').slice(0, 200).trim();
}

function dedupe(hits: ProductHit[]): ProductHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => (seen.has(hit.productId) ? false : (seen.add(hit.productId), true)));
}

function priceText(product: ProductDetails): string {
  const low = Math.min(...product.variants.map((variant) => variant.price));
  const high = Math.max(...product.variants.map((variant) => variant.price));
  const sale = saleFrom(product.variants);
  const price = low === high ? formatMoney(low, product.currency) : `from ${formatMoney(low, product.currency)}`;
  return sale === null ? price : `${price}, down from ${formatMoney(sale, product.currency)}`;
}

/**
 * One concrete reason from the product's own lines — the feature, description sentence or FAQ
 * answer that best meets the shopper's words — and how well it fits them (0–1).
 */
function reasonFor(product: ProductDetails, query: string): { reason: string | null; fit: number } {
  const candidates = productCandidates(product).filter((candidate) => candidate.source === 'feature' || candidate.source === 'description' || (candidate.source === 'faq' && /^yes\b/i.test(candidate.text)));
  const selection = selectAnswer(query, [product.title], candidates, { maxQuotes: 1 });
  const quote = selection.quotes[0] ?? candidates.find((candidate) => candidate.source === 'feature') ?? null;
  const fit = selection.quotes[0] ? Math.max(selection.coverage, selection.firstCoverage) : 0;
  if (!quote) return { reason: null, fit };
  // A FAQ answer is read with its question: "Does it work with iPhone? Yes, with iOS 15 or later."
  const text = quote.source === 'faq' && quote.label ? `${quote.label} ${quote.text}` : quote.text;
  return { reason: endSentence(shorten(text, 150)), fit };
}

/** One short follow-up question when it helps: budget, size, or whether to look closer. */
function followUp(turn: ComposerTurn, products: ProductDetails[], budget: { stated: boolean }): string {
  const apparel = products.some((product) => APPAREL.test(`${product.category ?? ''}`));
  const hasSize = Object.keys(turn.profile.sizes).length > 0 || turn.slots.letterSizes.length + turn.slots.systemSizes.length > 0;
  if (apparel && !hasSize) return turn.say('ask-size', ['What size are you?', 'Which size do you usually take?']);
  if (!budget.stated) return turn.say('ask-budget', ['Do you have a budget in mind?', 'Is there a budget I should stay within?']);
  if (/\bgift|present|for (my|her|him)\b/.test(turn.normal)) return turn.say('ask-occasion', ['Is it for a special occasion?', 'Want me to check gift wrapping too?']);
  if (products.length === 1) return turn.say('ask-closer-one', ['Want a closer look?', 'Shall I check sizes or stock for it?']);
  return turn.say('ask-closer', ['Want a closer look at any of these?', 'Shall I check sizes or stock for one of them?', 'Which one catches your eye?']);
}
