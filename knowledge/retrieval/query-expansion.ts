import { isStopWord, stem, words } from '../embeddings/text-tokens.ts';
import { broaderTerms, synonymGroups } from './shopping-synonyms.ts';

/** More appended terms start to outweigh what the shopper actually said. */
const MAX_ADDED = 12;

/** Plurals `stem()` leaves apart from their singular ("knives" vs "knife"). */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  knives: 'knife',
  scarves: 'scarf',
  shelves: 'shelf',
  bookshelves: 'bookshelf',
  lenses: 'lens',
};

function wordKey(word: string): string {
  const stemmed = stem(IRREGULAR_PLURALS[word] ?? word);
  // stem() turns "hoodies" into "hoody": fold "hoodie" the same way so both numbers meet.
  return stemmed.length > 4 && stemmed.endsWith('ie') ? `${stemmed.slice(0, -2)}y` : stemmed;
}

/** A term's or a query's words as matching keys: normalised like `words()`, plurals folded. */
function keysOf(text: string): string[] {
  return words(text).map(wordKey);
}

interface Expansion {
  term: string;
  key: string;
}

interface Lexicon {
  /** Space-joined keys of a shopper term → what to append for it. */
  expansions: Map<string, readonly Expansion[]>;
  /** Words in the longest term. */
  longest: number;
}

let lexicon: Lexicon | undefined;

/** Built on first use from the static lexicon. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const expansion = (term: string): Expansion => ({ term, key: keysOf(term).join(' ') });
  const broader = new Map<string, readonly string[]>();
  for (const [term, covering] of Object.entries(broaderTerms)) broader.set(keysOf(term).join(' '), covering);

  const expansions = new Map<string, readonly Expansion[]>();
  let longest = 1;
  for (const group of synonymGroups) {
    const members = group.map(expansion);
    // What covers one member covers every member: they are interchangeable.
    const covering = members.flatMap((member) => broader.get(member.key) ?? []).map(expansion);
    for (const member of members) {
      expansions.set(member.key, [...members.filter((other) => other.key !== member.key), ...covering]);
      longest = Math.max(longest, member.key.split(' ').length);
    }
  }
  for (const [key, covering] of broader) {
    if (expansions.has(key)) continue;
    expansions.set(key, covering.map(expansion));
    longest = Math.max(longest, key.split(' ').length);
  }
  lexicon = { expansions, longest };
  return lexicon;
}

/** The query with the catalog's words for what the shopper said appended; the original words stay first. */
export function expandQuery(query: string): { query: string; added: string[] } {
  const tokens = words(query);
  if (tokens.length === 0) return { query, added: [] };
  const { expansions, longest } = getLexicon();
  const keys = tokens.map(wordKey);

  // Longest terms first, so "dark spots" is read as one concern and never as "spots"; each word
  // belongs to at most one matched term. Between overlapping terms of one length the rightmost
  // wins: the product comes last in an English noun phrase ("phone case", not "mobile phone").
  const taken = new Array<boolean>(keys.length).fill(false);
  const matches: { start: number; expansions: readonly Expansion[] }[] = [];
  for (let size = Math.min(longest, keys.length); size >= 1; size--) {
    for (let start = keys.length - size; start >= 0; start--) {
      if (taken.slice(start, start + size).some(Boolean)) continue;
      // "can" is not "cans": a lone stop word never stands for a product.
      if (size === 1 && isStopWord(tokens[start]!)) continue;
      const found = expansions.get(keys.slice(start, start + size).join(' '));
      if (!found) continue;
      taken.fill(true, start, start + size);
      if (!matches.some((match) => match.expansions === found)) matches.push({ start, expansions: found });
    }
  }
  if (matches.length === 0) return { query, added: [] };
  matches.sort((a, b) => a.start - b.start);

  // Round robin over the matched terms, so one long group cannot use up the whole allowance.
  const present = ` ${keys.join(' ')} `;
  const seen = new Set<string>();
  const added: string[] = [];
  const rounds = Math.max(...matches.map((match) => match.expansions.length));
  for (let round = 0; round < rounds && added.length < MAX_ADDED; round++) {
    for (const match of matches) {
      const candidate = match.expansions[round];
      if (!candidate || seen.has(candidate.key) || present.includes(` ${candidate.key} `)) continue;
      seen.add(candidate.key);
      added.push(candidate.term);
      if (added.length === MAX_ADDED) break;
    }
  }
  return { query: added.length > 0 ? `${query} ${added.join(' ')}` : query, added };
}
