import { WEAK_QUESTION_WORDS } from './concepts.ts';
import { contentWords, normaliseText, stem } from './text-tools.ts';

const ASKING_START = /^(is|are|does|do|did|can|could|will|would|should|has|have|what|whats|which|how|hows|where|when|why)\b/;
const LEAD_IN = /^(and|also|plus|oh and|oh|but|ok|okay|so|then)\s+/;
const CLAUSE_BREAK = /,?\s+and\s+(?=(?:is|are|does|do|can|could|will|would|what|whats|how|which|where|when)\b)/i;

/**
 * The questions a message asks: its sentences, and with `clauses` also the clauses split at "and"
 * before a question word. A sentence that only gives context ("I live in Seattle lol.") is left
 * out; a message asking two things ("how powerful is it and can I take it to Italy?") gives two
 * parts; a clause with no subject of its own ("… and what does it cost?", "how much is it") stays
 * with the one before it. Always at least one part.
 */
export function askedParts(text: string, options: { clauses?: boolean } = {}): string[] {
  const { clauses: splitClauses = true } = options;
  // A comma or a dash usually joins context the question needs ("bust 86 cm — which size?", "I'm in Canada — do I
  // pay for return shipping?"): only sentences and "and" split.
  const sentences = text.split(/(?<=[.?!])\s+/);
  const clauses = sentences
    .flatMap((sentence) => (splitClauses ? sentence.split(CLAUSE_BREAK) : [sentence]))
    .map((clause) => clause.trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (const clause of clauses) {
    const asking = /\?\s*$/.test(clause) || ASKING_START.test(normaliseText(clause).replace(LEAD_IN, ''));
    if (!asking) continue;
    if (parts.length > 0 && ownWords(clause).length === 0) parts[parts.length - 1] = `${parts.at(-1)} ${clause}`;
    else parts.push(clause);
  }
  if (parts.length === 0 || parts.length > 3) return [text];
  // A first question with no subject of its own ("how much is it?") reads the whole message.
  return ownWords(parts[0]!).length === 0 ? [text] : parts;
}

/** The clause's words that say what it is about (not fillers, not "cost"). */
function ownWords(clause: string): string[] {
  return contentWords(clause).filter((word) => !WEAK_QUESTION_WORDS.has(stem(word)) && !/^(cost|costs|price|much)$/.test(word));
}
