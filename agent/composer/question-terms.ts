import { WEAK_QUESTION_WORDS } from './concepts.ts';
import { contentWords, isStopWord, normaliseText, stem, tokens } from './text-tools.ts';

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

/** What kind of answer a question wants, as a pattern an answering line must contain. */
const ANSWER_SHAPES: { question: RegExp; name: string; answer: RegExp; absorbs?: string[] }[] = [
  {
    question: /\bhow long\b(?! (is|are) )|\bhow long (is|are) (the |your |its |it |this |that )?(warranty|guarantee|return|returns|refund|delivery|shipping|trial|window|period|battery)|\bhow long (is|are) .{1,40}\b(good for|good|valid|last|keep|kept)\b|\bhow (fast|quickly|soon)\b|\bhow many (hours|days|weeks|minutes|years)\b/,
    name: 'a duration',
    absorbs: ['long', 'fast', 'quickly', 'soon', 'take', 'takes'],
    answer: /\d+(?:[.,]\d+)?\s*(?:[-–]|to|or)?\s*\d*\s*(?:extra\s+|more\s+)?(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|\bsame day\b|\bnext (business )?day\b|\blifetime\b/i,
  },
  {
    // "How long do I have to return it?" asks for a window, not how long a refund takes.
    question: /\bhow long (do|have|did) (i|we|you|u) (have|got|get)\b|\btoo late\b|\bchange cancel order within\b|\bhow (many days|much time) (do|have) (i|we|you|u)\b|\b(deadline|time limit|cut-?off)\b|\b(return|exchange|cancellation|claim) (window|period)\b/,
    name: 'a window',
    answer: /\byou have \d+|\b\d+[- ]days? (?:returns?|window|return window)\b|\b\d+\s+(?:business\s+)?(?:days?|weeks?|months?|hours?|minutes?)\s+(?:from|of|after)\s+(?:the\s+)?(?:delivery|purchase|receipt|receiving|placing|ordering|expected delivery)|\bthe same \d+ days\b|\bup to \d+\s+(?:hours?|days?)\s+before\b/i,
    absorbs: ['deadline', 'limit', 'window', 'period'],
  },
  {
    question: /\bhow heavy\b|\bhow much (does|do) .{1,40} weigh\b|\bwhat (does|do) .{1,40} weigh\b|\bweight\b/,
    name: 'a weight',
    absorbs: ['heavy', 'weigh', 'weight'],
    answer: /\d+(?:\.\d+)?\s*(?:kg|g|grams?|lbs?|oz|ounces|pounds)\b/i,
  },
  {
    question: /\bhow (big|tall|high|deep|wide|thick|large|small)\b|\bhow long (is|are) (?!(the |your |its |it |this |that )?(warranty|guarantee|return|returns|refund|delivery|shipping|trial|window|period|battery))(?!.{1,40}\b(good for|good|valid|last|keep|kept)\b)|\bwhat (size|length|height|width|depth) is\b/,
    name: 'a measurement',
    absorbs: ['big', 'tall', 'high', 'deep', 'wide', 'thick', 'large', 'small', 'long'],
    answer: /\d+(?:\.\d+)?\s*(?:mm|cm|m|km|kg|g|grams?|in|inch(?:es)?|"|ft|ml|l|litres?|liters?|qt|oz|lb|lbs|metres?|meters?|atm|bar)\b|\d+(?:\.\d+)?-inch\b/i,
  },
  {
    question: /\bhow (hot|cold|warm)\b|\bwhat (temp|temps|temperature|temperatures)\b|\d+\s?(degrees?|°)|\btemperatures? (range|settings?)\b|\bmax(imum)? (temp|temperature)\b|\bdegrees\b/,
    name: 'a temperature',
    absorbs: ['hot', 'cold', 'warm', 'temp', 'temps', 'temperature', 'temperatures', 'degrees', 'range', 'max', 'maximum'],
    answer: /\d+\s?°\s?[CF]\b|\d+\s?(?:degrees|deg)\b/i,
  },
  {
    question: /\bhow much (water|liquid|coffee|tea|milk|stuff|space|room)?\s*(does|do|can|will|would) .{1,40}\b(hold|holds|fit|take|carry|store)\b|\bcapacity\b|\bhow many (litres|liters|cups|ml|quarts|ounces)\b|\b(volume|litres|liters)\b/,
    name: 'a capacity',
    absorbs: ['hold', 'holds', 'water', 'liquid', 'capacity', 'volume', 'litres', 'liters', 'cups', 'quarts', 'space', 'room', 'store', 'carry'],
    answer: /\d+(?:\.\d+)?\s?(?:l|litres?|liters?|ml|qt|quarts?|cups?|fl oz)\b/i,
  },
  {
    question: /\bwattage\b|\bhow many watts\b|\bhow powerful\b|\bwhat (power|watts?)\b|\bwatts\b/,
    name: 'a wattage',
    absorbs: ['wattage', 'watts', 'watt', 'powerful', 'power', 'run', 'runs'],
    answer: /\d[\d,.]*\s?(?:w|watts?)\b/i,
  },
  {
    question: /\bhow many volts\b|\bvoltage\b|\bwhat volts?\b|\bdual[- ]voltage\b/,
    name: 'a voltage',
    absorbs: ['volts', 'volt', 'voltage', 'run', 'runs'],
    answer: /\d[\d,.–-]*\s?(?:v|volts?)\b/i,
  },
  { question: /\bhow strong\b|\bwhat (percent|percentage|concentration|strength)\b/, name: 'a percentage', answer: /\d+(?:\.\d+)?\s?%/, absorbs: ['strong', 'percent', 'percentage', 'concentration', 'strength'] },
  {
    question: /^(when|whens|what time|what day|what date)\b|\bwhen (will|does|do|is|are|can)\b/,
    name: 'a time',
    answer: /\b\d{1,2}(?::\d\d)?\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:[Ww]eekends?|[Tt]oday|[Tt]omorrow|[Ss]ame day|[Nn]ext (?:business )?day|business days?)\b|\b\d+\s*(?:days?|weeks?|hours?|months?)\b/,
  },
  { question: /\bwhere\b.{0,40}\b(made|manufactured|produced|sourced|from)\b|\bmade in\b|\bcountry of origin\b|\borigin\b/, name: 'an origin', answer: /\b(made|manufactured|produced|crafted|knitted|sewn|stitched|assembled|woven|designed) in\b|\borigin\b|\bsourced from\b/i },
];

/** Shoppers' phrases for a policy word: "send it back" is a return, "money back" a refund. */
const PHRASES: [RegExp, string][] = [
  [/\b(send|give|take|bring|post|mail|ship) ((it|them|this|that|these|those|stuff|things|something|anything|items?|an? [a-z]+|the [a-z]+|my [a-z]+) )?back\b/g, ' return '],
  [/\bchange (my|your|their|her|his) mind\b/g, ' return '],
  [/\bmoney (is |be |gets? |comes? )?back\b|\bback (on|to) my (card|account)\b|\bget refunded\b/g, ' refund '],
  [/\b(goes|go|went|gone|got|is|was) (missing|lost)\b|\bnever (arrived|came|showed up|turned up)\b|\bdid ?n[o']?t (arrive|come|show up|turn up)\b/g, ' lost parcel '],
  [/\b(show|shows|turn|turns) up\b|\bgets? (here|to me)\b|\breach(es)? me\b/g, ' arrive '],
  [/\b(normal|regular|basic|cheapest|slow|usual) (delivery|shipping|postage|option)\b/g, ' standard shipping '],
  [/\b(delivered|deliver|shipped|ship|sent|get (it|them|something|my order)) (quickly|quick|fast|faster|asap|sooner|urgently|tomorrow)\b|\b(next day|rush|urgent|speedy) (delivery|shipping)\b/g, ' express shipping '],
  [/\b(post|send|deliver) (stuff |things |orders |it |them )?(to|abroad|overseas|internationally)\b/g, ' ship to '],
  [/\bwhat (does|do|would|will) (it|that|this|shipping|delivery|postage) cost\b/g, ' price '],
  [/\b(found it |find it |seen it |saw it |its |theyre |it is |they are )?cheaper (somewhere|elsewhere|at|on|online)( else)?\b|\bmatch (that|the|their|a|this) price\b|\bmatch (it|that)\b/g, ' price match '],
  [/\b(box|package|parcel|packaging)\b.{0,30}\b(say|show|have|mention|display)\b.{0,30}\b(store|shop|brand) name\b|\bstore name on\b/g, ' discreet unbranded packaging '],
  [/\btoo late to (change|cancel)\b|\bstill (change|cancel)\b/g, ' change cancel order within '],
  [/\bover there\b/g, ' abroad '],
  [/\b(pay|pay it|pay for it|pay (this|that) ?off|pay off( the [a-z0-9 ]{1,30})?) (in|into|over) (chunks|parts|bits|installments|instalments|payments|stages)\b|\bpay (it )?off over time\b|\bsplit (the )?(payment|cost|bill)\b/g, ' pay in instalments '],
  [/\b(sell|share|give) (my|your|our) (info|information|details|data|email)\b/g, ' sell your data '],
  [/\bbetween charges\b|\b(on|from) (a|one) (single |full )?charge\b|\bper charge\b/g, ' battery '],
  [/\b(go|goes|going|get|gets|be) (out|shipped|sent|dispatched) (today|the same day|same day)\b|\bship(ped)? (out )?today\b/g, ' leave the same day '],
  [/\b(use|apply|stack|combine|have)? ?(2|two|multiple|several|more than one) (promo |discount |coupon )?(codes|coupons|vouchers|discounts)\b/g, ' combine codes '],
  [/\b(mexico|brazil|india|china|russia|south africa|argentina|chile|nigeria|egypt|turkey|israel|thailand|vietnam|philippines|indonesia|malaysia|canada|australia|new zealand|japan|singapore|south korea|switzerland|norway|germany|france|italy|spain|netherlands|ireland|uk|united kingdom|britain|england)\b/g, ' $1 international '],
  [/\b(every ?day|each day|every morning|every night)\b/g, ' daily '],
  [/\b(what|which) size\b|\bsize (up|down)\b|\bmy size\b/g, ' fit '],
  [/\bhow much (is|are|does|do|would)\b/g, ' price '],
];

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
 * "If I order at 4pm": a time of day is answered by the rule it falls under ("after 2 pm …"), not
 * by a line that happens to name 4 pm. The term matches "before H" for a later H and "after H" for
 * an earlier one.
 */
function clockTerm(normal: string): { typed: string; term: Term } | null {
  const match = /\b(\d{1,2})(?::\d\d)?\s?(am|pm)\b/.exec(normal);
  if (!match) return null;
  const asked = (Number(match[1]) % 12) + (match[2] === 'pm' ? 12 : 0);
  const hours = (test: (hour: number) => boolean) =>
    Array.from({ length: 24 }, (_, hour) => hour)
      .filter(test)
      .map((hour) => `${hour % 12 || 12} ?${hour < 12 ? 'am' : 'pm'}`);
  const pattern = new RegExp(`\\b(?:before (?:${hours((hour) => hour > asked).join('|')})|after (?:${hours((hour) => hour < asked).join('|')}))\\b`, 'i');
  return { typed: match[0].replace(/\s/g, ''), term: { stem: '__clock', original: 'that time of day', role: 'specific', weight: 1.5, specific: true, number: null, mustCover: true, pattern } };
}

/**
 * The words of a question with their weight: product-name words and fillers count for little;
 * the asked-for word, units named and acronyms must be covered by an answer.
 */
/** The question in the store's words: "send stuff back" → "return", "goes missing" → "lost parcel". */
export function inStoreWords(rawQuestion: string): string {
  let question = normaliseText(rawQuestion);
  for (const [pattern, word] of PHRASES) question = question.replace(pattern, word);
  return question.replace(/\s+/g, ' ').trim();
}

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

