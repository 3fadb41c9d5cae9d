import { humanise } from '../../knowledge/index.ts';
import { cleanSentences, isQuotable, splitSentences, stripMarkup } from './catalog-text.ts';
import type { DocumentHit, ProductDetails } from './composer-tools.ts';
import { relatedStems } from './concepts.ts';
import { questionTerms, type Term } from './question-terms.ts';
import { inStoreWords } from './store-words.ts';
import { normaliseText, stem, tokens } from './text-tools.ts';

/** One quotable line: a FAQ answer, an attribute, a feature, a description sentence, a policy line. */
export interface Candidate {
  /** What is quoted, as written in the catalog (markup removed). */
  text: string;
  /** What it is matched on: the quote plus its context (FAQ question, attribute name, document title). */
  context: string;
  /** The sentence next to it, which tells what it is about (matched at half strength). */
  neighbour?: string;
  /** The sentence before it in the same paragraph, when there is one. */
  previous?: string;
  /** The heading of its section ("What is your return policy?"), or the page title for its opening lines: says what every line under it is about. */
  heading?: string;
  /** The first line under its heading: it answers the heading ("What is your return policy?" → "You have 30 days from delivery."). */
  lead?: boolean;
  source: 'faq' | 'attribute' | 'feature' | 'description' | 'document';
  /** Attribute name ("Battery life") or document title ("Shipping"). */
  label: string | null;
  /** How much this kind of line is trusted to answer a question, all else equal. */
  prior: number;
}

/**
 * Words that narrow a policy line to a case (international, luxury…): a line about a case the
 * shopper did not ask about ranks lower. Only its opening counts: that is what a line is about
 * ("International customers can…"), unlike a list further on ("…including beauty and luxury pieces").
 */
const QUALIFIERS = ['international', 'internationally', 'luxury', 'designer', 'fine jewellery', 'express', 'engraved', 'engraving', 'pre-orders', 'alaska', 'hawaii', 'damaged', 'faulty', 'wrong'];

/** `asked`: the question as typed and in the store's words, worked out once per question. */
function unaskedQualifier(text: string, asked: string): boolean {
  const lower = text.slice(0, 60).toLowerCase();
  return QUALIFIERS.some((word) => lower.includes(word) && !asked.includes(word.slice(0, 6)));
}

export interface Selection {
  quotes: Candidate[];
  /** Share of the question's specific words the quotes cover (0–1). */
  coverage: number;
  /** The same share for the first quote alone: an answer needs a first line that mostly answers. */
  firstCoverage: number;
  /** The share of the question's own specific words (not its answer shapes) the first quote covers. */
  wordCoverage: number;
  /** Specific words of the question no quote covers, as the shopper wrote them. */
  uncovered: string[];
  /** True when the question had no specific word at all ("tell me about it"). */
  general: boolean;
}

const MONEY = /[$€£]\s?\d/;
const RANGE = /(\d+(?:\.\d+)?)\s?(?:–|-|to)\s?(\d+(?:\.\d+)?)/g;

/** The quotable lines of a product: FAQ answers, attributes, features and clean description sentences. */
export function productCandidates(product: ProductDetails): Candidate[] {
  const candidates: Candidate[] = [];
  for (const faq of product.faqs) {
    if (!isQuotable(faq.answer) || (faq.question && !isQuotable(faq.question))) continue;
    candidates.push({ text: faq.answer, context: `${faq.question ?? ''} ${faq.question ?? ''} ${faq.answer}`, source: 'faq', label: faq.question ?? null, prior: 1.15 });
  }
  for (const [key, value] of Object.entries(product.attributes)) {
    if (!value.trim() || !isQuotable(value)) continue;
    const label = humanise(key);
    const parts = value.length > 320 ? splitSentences(value) : [value];
    for (const part of parts) candidates.push({ text: part, context: `${label} ${label} ${part}`, source: 'attribute', label, prior: 1 });
  }
  for (const feature of product.features) {
    if (isQuotable(feature)) candidates.push({ text: feature, context: feature, source: 'feature', label: null, prior: 0.9 });
  }
  for (const sentence of cleanSentences(product.description)) {
    candidates.push({ text: sentence, context: sentence, source: 'description', label: null, prior: 0.75 });
  }
  return candidates;
}

/** Store-document passages as lines: sentences, bullet points and table rows (with their headers). */
export function documentCandidates(hits: DocumentHit[], prior = 1): Candidate[] {
  const candidates: Candidate[] = [];
  for (const hit of hits) {
    if (!isQuotable(hit.passage)) continue;
    const first = candidates.length;
    // Another product's FAQ answer, found by search: one line, trusted a little less than the store's pages.
    if (hit.documentTitle.endsWith(' page')) {
      const answer = stripMarkup(hit.passage.replace(/^Q:.*?\sA:\s*/, ''));
      candidates.push({ text: answer, context: `${hit.documentTitle} ${hit.passage}`, source: 'document', label: hit.documentTitle, prior: prior * 0.8 });
      continue;
    }
    let header: string[] | null = null;
    let lead: string | null = null;
    for (const rawLine of hit.passage.split(/\r?\n/)) {
      const line = rawLine.trim();
      if (!line) {
        header = null;
        continue;
      }
      if (line.startsWith('|')) {
        const cells = line.replace(/^\||\|$/g, '').split('|').map((cell) => stripMarkup(cell.trim()));
        if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) continue;
        if (!header) {
          header = cells;
          continue;
        }
        const text = tableRow(header, cells);
        candidates.push({ text, context: `${header.join(' ')} ${text}`, neighbour: hit.documentTitle, heading: hit.section ?? hit.documentTitle, source: 'document', label: hit.documentTitle, prior });
        continue;
      }
      header = null;
      const bullet = /^[-*]\s+/.test(line);
      if (!bullet) lead = /:\s*$/.test(line) && line.length <= 90 ? stripMarkup(line) : null;
      // A bullet of a list is read with the sentence that introduces it ("Price match does not apply to:").
      const clean = `${bullet && lead ? `${lead} ` : ''}${stripMarkup(line.replace(/^[-*]\s+|^\d+\.\s+/, ''))}`;
      const parts = clean.length > 220 ? splitSentences(clean) : [clean];
      parts.forEach((sentence, index) => {
        if (sentence.length < 12 || !isQuotable(sentence)) return;
        // A sentence is read with its neighbour: "You have 30 days from delivery." is about returns because the next one says so.
        const neighbour = index === 0 ? (parts[1] ?? '') : parts[index - 1]!;
        const previous = index > 0 ? parts[index - 1] : undefined;
        // The page title and the neighbouring sentence say what a line is about, but weigh less than its own words.
        // "It cannot ship to Hawaii": the sentence before is what "It" is, so its words count like the heading's.
        const subject = previous && /^(It|They|This|These|That|Those)\b/.test(sentence) ? ` ${previous}` : '';
        candidates.push({ text: sentence, context: sentence, neighbour: `${hit.documentTitle} ${neighbour}`, previous, heading: `${hit.section ?? hit.documentTitle}${subject}`, lead: candidates.length === first, source: 'document', label: hit.documentTitle, prior });
      });
    }
  }
  return candidates;
}

/** "| 38 | 7.5 | 5 | 24.1 |" under "EU | US women's | UK | Foot length (cm)" → "EU 38: US women's 7.5, UK 5, Foot length (cm) 24.1". */
function tableRow(header: string[], cells: string[]): string {
  const [first = '', ...rest] = cells;
  const head = header[0] ?? '';
  const name = /^[\d.–-]+$|^[A-Z]{1,3}$/.test(first) && head.length <= 14 ? `${head} ${first}` : first;
  // Two columns read as "name: value"; wider tables name each value by its column.
  if (rest.length === 1) return `${name}: ${rest[0]}`;
  const details = rest.map((cell, index) => `${header[index + 1] ?? ''} ${cell}`.trim());
  return `${name}: ${details.join(', ')}`;
}

interface Analysed {
  candidate: Candidate;
  stems: Set<string>;
  nearStems: Set<string>;
  headingStems: Set<string>;
  numbers: number[];
  ranges: [number, number][];
  /** "under 15.5 cm", "up to 2,000": a number a question's number can fall under or over. */
  bounds: { below: boolean; limit: number; money: boolean }[];
}

function analyse(candidate: Candidate): Analysed {
  const words = tokens(candidate.context);
  const stems = new Set(words.map((word) => stem(word.replace(/%$/, ''))));
  if (MONEY.test(candidate.context)) stems.add('$');
  const numbers = words.filter((word) => /^\d+(?:\.\d+)?%?$/.test(word)).map((word) => Number(word.replace('%', '')));
  const ranges: [number, number][] = [];
  for (const match of candidate.context.matchAll(RANGE)) ranges.push([Number(match[1]), Number(match[2])]);
  const bounds: Analysed['bounds'] = [];
  // "oven-safe to 260 °C (500 °F)": a rating is an upper bound too.
  for (const match of candidate.context.matchAll(/\b(under|below|up to|less than|at most|over|above|more than|at least|from|safe to|rated to|resistant to)\s+(\$?)(\d+(?:\.\d+)?)/gi)) {
    bounds.push({ below: /under|below|up to|less|most|to$/i.test(match[1]!), limit: Number(match[3]), money: match[2] === '$' });
  }
  const nearStems = new Set(tokens(candidate.neighbour ?? '').map((word) => stem(word.replace(/%$/, ''))));
  const headingStems = new Set(tokens(candidate.heading ?? '').map((word) => stem(word)));
  // A section's first line is its heading's answer: the heading's words count as its own.
  if (candidate.lead) for (const word of headingStems) stems.add(word);
  return { candidate, stems, nearStems, headingStems, numbers, ranges, bounds };
}

/** How well a line covers a term: 1 for the word itself, 0.8 for a related word, 0 for neither. */
function covers(analysed: Analysed, term: Term): number {
  if (term.pattern) return term.pattern.test(analysed.candidate.text) ? 1 : 0;
  if (term.number !== null) {
    const value = term.number;
    const inRange = analysed.ranges.some(([low, high]) => value >= low && value <= high);
    // A money threshold answers for an amount on either side ("my order is $60" → "free on orders over $75").
    const bounded = analysed.bounds.some(({ below, limit, money }) => (term.money && money) || (below ? value <= limit : value >= limit));
    return analysed.numbers.includes(value) || inRange || bounded ? 1 : 0;
  }
  if (analysed.stems.has(term.stem)) return 1;
  for (const related of relatedStems(term.stem)) if (analysed.stems.has(related)) return 0.8;
  for (const related of relatedStems(term.stem)) if (analysed.headingStems.has(related)) return 0.7;
  for (const related of relatedStems(term.stem)) if (analysed.nearStems.has(related)) return 0.4;
  return 0;
}

function coverage(terms: Term[], covered: (term: Term) => number): { specific: number; all: number } {
  const specificTotal = terms.filter((term) => term.specific).reduce((sum, term) => sum + term.weight, 0);
  const allTotal = terms.reduce((sum, term) => sum + term.weight, 0);
  const specific = terms.filter((term) => term.specific).reduce((sum, term) => sum + term.weight * covered(term), 0);
  const all = terms.reduce((sum, term) => sum + term.weight * covered(term), 0);
  return { specific: specificTotal === 0 ? 0 : specific / specificTotal, all: allTotal === 0 ? 0 : all / allTotal };
}

/**
 * Picks the line (or two) that answer a question best. A line answers when it covers at least
 * half of the question's specific words and everything the question must have answered (the
 * asked-for word, a number, a named unit); otherwise the caller says the catalog does not say.
 */
export function selectAnswer(
  question: string,
  productWords: readonly string[],
  candidates: Candidate[],
  options: { maxQuotes?: number; maxLength?: number; context?: readonly string[] } = {},
): Selection {
  const { maxQuotes = 2, maxLength = 420, context = [] } = options;
  const terms = questionTerms(question, productWords, context);
  const general = !terms.some((term) => term.specific);
  const asked = `${normaliseText(question)} ${inStoreWords(question)}`;
  const analysed = candidates.map(analyse);
  const scored = analysed
    .map((item) => {
      const score = coverage(terms, (term) => covers(item, term));
      // A FAQ counts extra only when its question is about what was asked ("Will a laptop fit?" does not answer "how big").
      const faqQuestion = item.candidate.source === 'faq' && item.candidate.label ? analyse({ ...item.candidate, context: item.candidate.label, neighbour: undefined }) : null;
      const onTopic = !faqQuestion || terms.some((term) => !term.pattern && (term.role === 'specific' || term.role === 'weak') && covers(faqQuestion, term) > 0);
      const prior = item.candidate.prior * (onTopic ? 1 : 0.83);
      // Shorter lines and lines with a concrete figure win ties: they answer more directly.
      const text = item.candidate.text;
      // A line under a heading about what was asked ("Refund timing") is more likely the answer.
      const underHeading = item.headingStems.size > 0 ? coverage(terms.filter((term) => term.specific && !term.pattern), (term) => ([...relatedStems(term.stem)].some((related) => item.headingStems.has(related)) ? 1 : 0)).specific : 0;
      const rank =
        underHeading * 0.06 +
        (general ? score.all : score.specific * 0.8 + score.all * 0.2) * prior -
        Math.max(0, text.length - 240) / 2000 -
        text.length / 5000 +
        (/\d/.test(text) ? 0.03 : 0) -
        (unaskedQualifier(text, asked) ? 0.08 : 0);
      return { item, score, rank };
    })
    .filter((entry) => entry.score.all > 0)
    .sort((a, b) => b.rank - a.rank);

  const quotes: Analysed[] = [];
  const best = scored[0];
  if (best) quotes.push(best.item);
  let length = best?.item.candidate.text.length ?? 0;
  while (best && quotes.length < maxQuotes && !general) {
    const isCovered = (term: Term) => quotes.some((quote) => covers(quote, term) > 0);
    // A second line must add something the question asked: a specific word, or (from the same
    // store page as the first) a line about this very product ("Scented candles are not restricted").
    const samePage = (entry: (typeof scored)[number]) => entry.item.candidate.source === 'document' && entry.item.candidate.label === best.item.candidate.label;
    const gains = scored
      .filter((entry) => !quotes.includes(entry.item) && length + entry.item.candidate.text.length <= maxLength)
      .map((entry) => {
        const added = terms.filter((term) => !isCovered(term) && covers(entry.item, term) > 0);
        const gain = added.reduce((sum, term) => sum + (term.role === 'specific' ? term.weight : term.role === 'title' ? (samePage(entry) ? term.weight : 0) : term.weight / 2), 0);
        const relevant = entry.score.specific > 0 || (samePage(entry) && added.some((term) => term.role === 'title'));
        return { entry, gain: relevant ? gain : 0 };
      })
      .filter((option) => option.gain >= 0.15 && (option.entry.score.specific >= 0.3 || option.entry.item.candidate.source !== 'description'))
      .sort((a, b) => b.gain - a.gain || b.entry.rank - a.entry.rank);
    const next = gains[0]?.entry.item;
    if (!next) break;
    quotes.push(next);
    length += next.candidate.text.length;
  }
  const coveredBy = (term: Term) => Math.max(0, ...quotes.map((quote) => covers(quote, term)));
  const total = coverage(terms, coveredBy);
  const missing = terms.some((term) => term.mustCover && coveredBy(term) === 0);
  const share = general ? total.all : total.specific;
  const first = best ? (general ? best.score.all : best.score.specific) : 0;
  const words = terms.filter((term) => !term.pattern);
  return {
    wordCoverage: best && words.some((term) => term.specific) ? coverage(words, (term) => covers(best.item, term)).specific : 1,
    quotes: quotes.map((quote) => quote.candidate),
    // Something the question must have answered is not in any quote: at best a partial answer.
    coverage: missing ? Math.min(share, 0.45) : share,
    firstCoverage: first,
    uncovered: terms.filter((term) => term.specific && !term.pattern && coveredBy(term) === 0).map((term) => term.original),
    general,
  };
}
