import { WEAK_QUESTION_WORDS } from './concepts.ts';
import { ANSWER_SHAPES, clockTerm } from './answer-shapes.ts';
import { inStoreWords } from './store-words.ts';
import { contentWords, isStopWord, stem, tokens } from './text-tools.ts';

/** One word (or wanted answer shape) of a question, with how much it counts. */
export interface Term {
  stem: string;
  original: string;
  /** Why it weighs what it does: a product-name word, a filler word, the product's category, or a word of the question itself. */
  role: 'title' | 'weak' | 'context' | 'specific';
  weight: number;
  /** A word that says what the question is about (not the product's own name, not a filler word). */
  specific: boolean;
  number: number | null;
  /** The number was a money amount ("$60"). */
  money?: boolean;
  /** The question is not answered unless a quote covers this ("what SPF", "in mAh", "GIA", "17-inch"). */
  mustCover: boolean;
  /** Covered when a quote matches this, instead of by words (a duration, a measurement, a date). */
  pattern?: RegExp;
}

/** Named providers a question can ask about: an answer must name the same one. */
const PROVIDER = /^(klarna|afterpay|affirm|paypal|venmo|zelle|amex|visa|mastercard|discover|dhl|fedex|ups|usps)$/;

const COUNTRY = /^(mexico|brazil|india|china|russia|argentina|chile|nigeria|egypt|turkey|israel|thailand|vietnam|philippines|indonesia|malaysia|canada|australia|japan|singapore|switzerland|norway|germany|france|italy|spain|netherlands|ireland|uk|britain|england)$/;

/** Units a shopper asks for by name ("in mAh", "in grams"): an answer must use them. */
const ASKED_UNIT = /\bin (mah|cm|mm|inches|grams|kg|lbs|ml|oz|watts|volts|hz|lumens|litres|liters|nits)\b/;

const VERBS = new Set(['is', 'are', 'was', 'does', 'do', 'did', 'can', 'could', 'should', 'would', 'will', 'have', 'has', 'made', 'go', 'come', 'comes', 'play', 'plays', 'work', 'need', 'get', 'take', 'on', 'of', 'for', 'in', 'with', 'to', 'at', 'from', 'by']);

/**
 * The thing a "what / which" question asks for: the last noun of the phrase after it ("what SPF",
 * "which tennis bracelet length", "which jeans waist size" → waist).
 */
function askedWord(normal: string): string | null {
  const match = /\b(?:what|which|whats)\s+(?:is\s+|are\s+|s\s+)?(?:the\s+|your\s+|its\s+|a\s+)?(.*)$/.exec(normal);
  if (!match) return null;
  const run: string[] = [];
  for (const word of match[1]!.split(/[^a-z0-9-]+/)) {
    if (!word || VERBS.has(word) || /^\d/.test(word)) break;
    run.push(word);
  }
  while (run.length > 0) {
    const word = run.at(-1)!;
    if (isStopWord(word) || WEAK_QUESTION_WORDS.has(stem(word)) || /^(kind|sort|type|size|sizes|one|ones|price|cost)$/.test(word)) run.pop();
    else return word;
  }
  return null;
}

/**
 * The words of a question with their weight: product-name words and fillers count for little;
 * the asked-for word, units named and acronyms must be covered by an answer.
 */
export function questionTerms(rawQuestion: string, productWords: readonly string[] = [], context: readonly string[] = []): Term[] {
  const question = inStoreWords(rawQuestion);
  const normal = question;
  // The product's category counts as part of its name: "the weekender bag" names the Waxed Canvas Weekender.
  const titleStems = new Set([...productWords, ...context].flatMap((word) => tokens(word)).map(stem));
  const asked = askedWord(normal);
  const unit = ASKED_UNIT.exec(normal)?.[1];
  // "microwave safe", "sweat proof", "reef friendly": the first word is what is asked ("dishwasher-safe" does not answer).
  const qualified = /\b([a-z]{3,})[- ](safe|proof|friendly|resistant|compatible)\b/.exec(normal)?.[1];
  const acronyms = new Set([...rawQuestion.matchAll(/\b[A-Z]{2,6}\b/g)].map((match) => match[0].toLowerCase()).filter((word) => !titleStems.has(stem(word)) && !/^(US|UK|EU|ET|OK|AI|TV)$/i.test(word)));
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const word of contentWords(question)) {
    const wordStem = stem(word.replace(/%$/, ''));
    if (seen.has(wordStem) || wordStem === '') continue;
    seen.add(wordStem);
    const number = /^\d+(?:\.\d+)?%?$/.test(word) ? Number(word.replace('%', '')) : null;
    // The shopper's own sizes ("between S and M", "I'm an EU 39") are context, not what is asked.
    // Without a product in question ("what is EU 38 in US sizes?") the size itself is what is asked about.
    const ownSize = productWords.length > 0 && (/^(xxs|xs|s|m|l|xl|xxl|eu|us|uk)$/.test(word) || (number !== null && /\b(eu|us|uk|size)\s?$/.test(normal.slice(0, normal.indexOf(word)))));
    // A country one asks to ship to must be named by the answer (a list of countries without it does not answer);
    // elsewhere ("can I take it to Italy?") the country stands for "abroad".
    const country = COUNTRY.test(word);
    const shipping = /\b(ship|ships|shipping|send|post|deliver|delivery|mail)\b/.test(normal);
    const isAsked = !ownSize && (word === asked || word === unit || word === qualified || acronyms.has(word) || (country && shipping) || PROVIDER.test(word));
    const inTitle = !isAsked && (titleStems.has(wordStem) || (wordStem.length >= 3 && [...titleStems].some((part) => part.length >= 3 && (part.includes(wordStem) || wordStem.includes(part)))));
    const weak = (WEAK_QUESTION_WORDS.has(wordStem) || ownSize || (country && !shipping)) && !isAsked;
    const weight = isAsked ? 1.5 : inTitle ? 0.15 : weak ? 0.3 : 1;
    const role = inTitle ? 'title' : weak ? 'weak' : 'specific';
    const money = number !== null && new RegExp(`[$€£]\\s?${word.replace('.', '\\.')}\\b`).test(normal);
    terms.push({ stem: wordStem, original: word, role, weight, specific: role === 'specific', number, money, mustCover: isAsked || (number !== null && !inTitle && !ownSize) });
  }
  for (const shape of ANSWER_SHAPES) {
    if (!shape.question.test(normal)) continue;
    // "how strong" is asked by the shape itself: the adjective is a hint, not a word an answer must repeat.
    for (const word of shape.absorbs ?? []) {
      const term = terms.find((candidate) => candidate.stem === stem(word) && !candidate.mustCover);
      if (term) Object.assign(term, { role: 'weak', weight: 0.3, specific: false });
    }
    if (shape.question.test(normal)) terms.push({ stem: `__${shape.name}`, original: shape.name, role: 'specific', weight: 1, specific: true, number: null, mustCover: true, pattern: shape.answer });
  }
  const clock = clockTerm(normal);
  if (clock) {
    const typed = terms.find((term) => term.original === clock.typed);
    if (typed) Object.assign(typed, { role: 'weak', weight: 0.3, specific: false, mustCover: false });
    terms.push(clock.term);
  }
  for (const word of context) {
    const wordStem = stem(word);
    if (!seen.has(wordStem)) terms.push({ stem: wordStem, original: word, role: 'context', weight: 0.5, specific: false, number: null, mustCover: false });
  }
  return terms;
}

