import type { Answer, ComposerTurn } from './composer-turn.ts';
import { type DocumentHit, isProductHit, type ProductDetails, type ProductHit, type SearchHit } from './composer-tools.ts';
import { type Candidate, documentCandidates, productCandidates, type Selection, selectAnswer } from './knowledge-match.ts';
import { endSentence, lowerFirst, sentences, shorten } from './phrasing.ts';
import { bestTitleMatch, nameWords, namesSomething, resolveProduct, titleScore } from './product-reference.ts';
import { productName } from './product-words.ts';
import { inStoreWords } from './store-words.ts';
import { askedParts } from './question-parts.ts';
import { contentWords, normaliseText } from './text-tools.ts';

/** A quote answers when it covers this share of the question's specific words. */
const ANSWERS = 0.6;
/** Below this, nothing in the catalog is close enough to quote at all. */
const CLOSE = 0.34;

/** True when the quotes answer: most of the question is covered, and mostly by the first line. */
function answers(selection: Selection): boolean {
  if (selection.quotes.length === 0) return false;
  // "When's your next live show?" is not answered by a line with "next" and a time in it: more than half of the words asked must be there.
  return selection.general || (selection.coverage >= ANSWERS && selection.firstCoverage >= ANSWERS && selection.wordCoverage > 0.5);
}

const ASKS_FIGURE = /\bhow (many|much|long|big|heavy|hot|fast|far|loud|bright)\b|\bwhat(s| is)? (the )?(number|count|rating|capacity)\b|\b(mah|rpm|mp|megapixels?|watts?|lumens|nits|decibels?|db)\b/;

const HEALTH = /\b(pregnan\w*|breastfeed\w*|nursing|baby|babies|infant|newborn|allerg\w*|medical|medication|doctor|eczema|rosacea|psoriasis|condition|prescription|nut|nuts|gluten|latex)\b/;

/** Words that say which store policy a question is about (most specific first), added to the document search. */
const POLICY_TOPICS: [RegExp, string][] = [
  [/\b(return|returns|send (it|them) back|refund|refunds|exchange|swap|final sale)\b/, 'returns refunds'],
  [/\b(damaged|cracked|chipped|smashed|shattered|dented|faulty|arrived broken|broke in)\b/, 'damaged wrong items replacement'],
  [/\b(data|info|information|privacy|advertisers|marketing)\b/, 'privacy data'],
  [/\b(warranty|guarantee|covered|defect|broken|repair)\b/, 'warranty coverage'],
  [/\b(pay|payment|paypal|apple pay|klarna|afterpay|instal?lments?|card)\b/, 'payment methods'],
  [/\b(gift ?wrap|wrapped|wrapping|gift message|gift receipt)\b/, 'gift wrapping'],
  [/\b(price match|cheaper elsewhere)\b/, 'price match'],
  [/\b(video call|concierge|stylist|appointment)\b/, 'concierge video call'],
  [/\b(size|sizes|sizing|fit|measure|convert)\b/, 'size guide'],
  [/\b(international|abroad|overseas|canada|uk|australia|germany|europe|countries|country|customs|duties)\b/, 'international shipping'],
  [/\b(ship|shipping|deliver|delivery|arrive|postage|express|dispatch|warehouse|leave)\b/, 'shipping delivery'],
];

/**
 * Specs and policies: quotes the product attribute, feature, FAQ answer or store-document line
 * that answers, and says plainly when the catalog does not say. A message that asks two things
 * ("how powerful is it and can I take it to Italy?") gets an answer to each; a sentence that only
 * gives context ("I live in Seattle lol") is not matched against the catalog.
 */
export async function answerKnowledge(turn: ComposerTurn, mode: 'specs' | 'policy'): Promise<Answer> {
  const { product, hits } = await findSubject(turn, mode);
  const parts = askedParts(turn.text);
  // "Can she return it?" after a product: its own return line; "what's your return policy?": the store's.
  const productWordsList = product ? [product.title, product.brand ?? ''] : [];
  const context = product?.category ? [product.category] : [];
  const candidates: Candidate[] = product ? productCandidates(product) : [];
  const selections: (Selection | null)[] = parts.map((part) => (product ? selectAnswer(part, productWordsList, candidates, { context }) : null));

  // Store pages answer policy questions (and sizing); a product's own specs are only on its page.
  const aboutPolicy = mode === 'policy' || POLICY_TOPICS.some(([pattern]) => pattern.test(inStoreWords(turn.text)));
  const needsDocuments = !product || (aboutPolicy && selections.some((selection) => !selection || !answers(selection)));
  if (needsDocuments) {
    // Without a product, the search that looked for one already holds the store pages; with one,
    // the pages are searched without its name (which would only pull the product's own lines again).
    const query = documentQuery(turn, product);
    const searched = hits && !product ? hits : turn.tools.searchesLeft > 0 ? await turn.tools.search({ query, limit: 6 }) : [];
    // A mixed search holds one passage per page at best, and product passages crowd pages out: a policy question also searches the pages alone, passage by passage.
    const pages = aboutPolicy && turn.tools.searchesLeft > 0 ? await turn.tools.search({ query, storePagesOnly: true, limit: 8 }) : [];
    const documents = uniqueDocuments([...documentsIn(searched, product), ...documentsIn(pages, product)]);
    if (documents.length > 0) {
      const all = [...candidates, ...documentCandidates(documents, product ? 0.9 : 1)];
      parts.forEach((part, index) => {
        const combined = selectAnswer(part, productWordsList, all, { context });
        const selection = selections[index];
        if (!selection || combined.coverage > selection.coverage) selections[index] = combined;
      });
    }
  }

  const productIds = product ? [product.productId] : [];
  const answered = selections.map((selection) => selection !== null && answers(selection));
  if (answered.every(Boolean)) {
    const texts = selections.map((selection, index) => sentences(renderQuotes(turn, product, selection!.quotes), healthNote(parts[index]!, selection!)));
    return { text: sentences(...texts), productIds };
  }
  if (parts.length > 1 && answered.some(Boolean)) {
    // Part answered, part not: the answer, then what the catalog does not say.
    const known = selections.flatMap((selection, index) => (answered[index] ? [renderQuotes(turn, product, selection!.quotes)] : []));
    const missing = parts.findIndex((_, index) => !answered[index]);
    const unknown = await notInCatalog(turn, product, selections[missing] ?? null, parts[missing]!);
    return { text: sentences(...known, unknown.head, unknown.next), productIds, handoff: unknown.handoff };
  }
  const question = parts[0]!;
  const selection = selections[0] ?? null;
  const nearest = selection?.quotes[0];
  // Asked for a figure the catalog lacks ("how many mAh"), a nearby figure ("12 hours") would read as the answer.
  const misleading = nearest !== undefined && /\d/.test(nearest.text) && ASKS_FIGURE.test(normaliseText(question));
  // Only a line about the product itself is "close" for a product question (not some store page that shares a word).
  const close =
    selection && nearest && !misleading && selection.coverage >= CLOSE && nearest.text.length >= 25 && (!product || nearest.source !== 'document') ? renderQuotes(turn, product, [nearest], true) : null;
  const unknown = await notInCatalog(turn, product, selection, question);
  return { text: sentences(unknown.head, close, unknown.next, unknown.health), productIds, handoff: unknown.handoff };
}

/**
 * The product the question is about (named, or "it"), with the search that found it: one search
 * serves both the name and the store pages, which keeps most turns to a single search.
 */
async function findSubject(turn: ComposerTurn, mode: 'specs' | 'policy'): Promise<{ product: ProductDetails | null; hits: SearchHit[] | null }> {
  const words = nameWords(turn.text, { keepColours: true });
  const focusId = turn.memory.focusProductIds[0];
  const useFocus = mode === 'specs' || turn.slots.pronoun;
  if (focusId && useFocus && (turn.slots.pronoun || !namesSomething(words))) return { product: await turn.tools.product(focusId), hits: null };
  if (!namesSomething(words)) return { product: null, hits: null };
  if (focusId && useFocus) {
    const focus = await turn.tools.product(focusId);
    if (focus && titleScore(words, focus) >= Math.min(2, words.length)) return { product: focus, hits: null };
  }
  const hits = await turn.tools.search({ query: documentQuery(turn, null), limit: 6 });
  const products = hits.filter(isProductHit);
  const best = bestTitleMatch(words, products);
  // A policy question names a product by a whole word of its title ("cancel" is not the Noise-Cancelling headphones),
  // and names one product only ("the Kessler watches" is a brand's policy, not the first watch found).
  const oneNamed = best !== null && titleScore(words, best) >= 1 && !alsoNamed(words, best, products);
  if (best && (mode === 'specs' || oneNamed)) return { product: await turn.tools.product(best.productId), hits };
  if (mode === 'specs') {
    const reference = await resolveProduct(turn, turn.text, { allowFocus: true });
    return { product: reference?.product ?? null, hits };
  }
  return { product: null, hits };
}

/** True when another product's title has every word that named this one ("Kessler" names two watches). */
function alsoNamed(words: string[], named: ProductHit, hits: ProductHit[]): boolean {
  const naming = words.filter((word) => titleScore([word], named) > 0);
  return hits.some((hit) => hit.productId !== named.productId && naming.every((word) => titleScore([word], hit) > 0));
}

/** The question's words (without the product's own name) and its policy topic, as a search query. */
function documentQuery(turn: ComposerTurn, product: ProductDetails | null): string {
  const titleWords = new Set(product ? contentWords(`${product.title} ${product.brand ?? ''}`) : []);
  // The shopper's words and the store's ("send stuff back" and "return"): pages match either.
  const question = inStoreWords(turn.text);
  const words = [...new Set([...contentWords(turn.text), ...contentWords(question)])].filter((word) => !titleWords.has(word));
  const topic = POLICY_TOPICS.find(([pattern]) => pattern.test(question))?.[1];
  return [...words, ...(topic ? [topic] : [])].join(' ').trim() || turn.text;
}

/** Store pages among search hits; without a product in question, other products' FAQ answers too ("what is EU 38 in US sizes?"). */
function documentsIn(hits: SearchHit[], product: ProductDetails | null): DocumentHit[] {
  return hits.flatMap((hit): DocumentHit[] =>
    !isProductHit(hit) ? [hit] : !product && hit.matched.kind === 'qa' ? [{ documentTitle: `${productName(hit)} page`, passage: hit.matched.text }] : [],
  );
}

function uniqueDocuments(documents: DocumentHit[]): DocumentHit[] {
  const seen = new Set<string>();
  return documents.filter((document) => !seen.has(document.passage) && seen.add(document.passage));
}

/** The quotes as one or two natural sentences around the catalog's own words. */
function renderQuotes(turn: ComposerTurn, product: ProductDetails | null, quotes: Candidate[], partial = false): string {
  const name = product ? productName(product) : null;
  return quotes
    .map((quote, index) => {
      // The sentence before belongs with the quote when it holds the headline figure ("You have 30 days
      // from delivery.") or when the quote points back at it ("It cannot ship by air").
      const pointsBack = /^(It|They|This|These|That|Those|He|She)\b/.test(quote.text);
      const headline = quote.previous && quote.previous.length <= 90 && /\d/.test(quote.previous);
      const lead = index === 0 && quote.previous && (pointsBack || headline) && !quotes.some((other) => other.text === quote.previous) ? `${endSentence(quote.previous)} ` : '';
      const text = lead + endSentence(shorten(quote.text, 300));
      if (partial) return `${turn.say('closest-quote', ['The closest it gets:', 'What it does say:', 'Here is what it does say —'])} ${text}`;
      if (index > 0) return quote.source === 'attribute' ? `${quote.label}: ${lowerFirst(text)}` : text;
      switch (quote.source) {
        case 'faq':
          return text;
        case 'attribute':
          return name
            ? turn.say('attribute', [`For the ${name}, ${quote.label!.toLowerCase()}: ${lowerFirst(text)}`, `The ${name} details list ${quote.label!.toLowerCase()} as: ${lowerFirst(text)}`, `${quote.label} on the ${name}: ${lowerFirst(text)}`])
            : `${quote.label}: ${lowerFirst(text)}`;
        case 'feature':
          return name ? turn.say('feature', [`The ${name} has this covered: ${lowerFirst(text)}`, `From the ${name} feature list: ${lowerFirst(text)}`]) : text;
        case 'description':
          return text;
        case 'document':
          if (quote.label?.endsWith(' page')) return `On the ${quote.label}: ${text}`;
          return turn.say('document', [`From our ${quote.label} page: ${text}`, `Our ${quote.label} page says: ${text}`, `${text}`]);
      }
    })
    .join(' ');
}

function healthNote(question: string, selection: Selection): string | null {
  if (!HEALTH.test(normaliseText(question)) || selection.coverage >= 0.99) return null;
  return 'For anything health-related, please also check with your doctor.';
}

/**
 * The catalog does not say: tell the shopper plainly and offer a person. In an assisted show the
 * question goes straight to the host's queue.
 */
async function notInCatalog(
  turn: ComposerTurn,
  product: ProductDetails | null,
  selection: Selection | null,
  question: string,
): Promise<{ head: string; next: string; health: string | null; handoff: boolean }> {
  const subject = product ? `the ${productName(product)}` : 'that';
  const word = selection && selection.uncovered.length === 1 ? selection.uncovered[0]! : null;
  const single = word && /^[a-z][a-z-]{4,}$/.test(word) && !/^(name|kind|type|thing|stuff|place|times?|ways?|parts?|sides?|person|people|someone|human)$/.test(word) ? word : null;
  const about = single ? ` anything about ${single}` : '';
  const health = HEALTH.test(normaliseText(question)) ? 'For anything health-related, your doctor is the best person to ask.' : null;
  const head = product
    ? turn.say('doesnt-say', [
        single ? `The catalog doesn't say anything about ${single} for ${subject}.` : `The catalog doesn't say that about ${subject}.`,
        `I'm not sure — the product details for ${subject} don't say${single ? about : ' that'}.`,
        `The ${productName(product)} page doesn't say${single ? about : ' that'}, so I can't confirm it.`,
      ])
    : turn.say('doesnt-say-store', ["I don't have that in our store information, so I can't confirm it.", "I'm not sure — our store information doesn't say."]);
  if (turn.context.mode === 'assist') {
    await turn.tools.requestHuman(`Question the catalog does not answer: ${turn.text}`);
    return { head, next: "I've passed your question to the host, who'll answer here.", health, handoff: true };
  }
  const next = turn.say('offer-person', ['Want me to check with the team?', 'I can ask a person from the team if you like.', 'Shall I check with the team for you?']);
  return { head, next, health, handoff: false };
}
