import {
  abusivePhrases,
  aimedInsultHashes,
  harshWords,
  insultWords,
  intensified,
  possessiveWords,
  secondPerson,
  selfWords,
  slurHashes,
  targetNouns,
  targetWords,
} from './abuse-terms.ts';
import { foldForAbuse, lookupForms, termHash } from './screen-text.ts';

/** How far (in words) an insult may sit after the person it is aimed at ("you are such a useless bot"). */
const AIM_WINDOW = 4;

function hashedIn(word: string, hashes: ReadonlySet<number>): boolean {
  return lookupForms(word).some((form) => hashes.has(termHash(form)));
}

function isTarget(word: string): boolean {
  return targetWords.has(word) || (word.startsWith('@') && word.length > 1);
}

/**
 * Why `text` is abusive (an insult aimed at someone, a threat, harassment, a slur), or null.
 * Profanity on its own and insult words aimed at things are not abuse.
 */
export function abuseReason(text: string): string | null {
  const folded = foldForAbuse(text);
  for (const phrase of abusivePhrases) if (phrase.pattern.test(folded)) return phrase.reason;

  const words = folded.match(/@\w+|[a-z]+(?:\*+[a-z]+)?/g) ?? [];
  let insultSeen = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (hashedIn(word, slurHashes)) return 'hateful slur';
    const forms = lookupForms(word);
    const harsh = forms.some((form) => harshWords.has(form));
    const insult = harsh || forms.some((form) => insultWords.has(form)) || hashedIn(word, aimedInsultHashes);
    if (!insult) continue;
    insultSeen = true;
    if (intensified.has(words[index + 1] ?? '')) continue;
    if (harsh ? isCloselyAimed(words, index) : isAimed(words, index)) return 'insults someone';
  }
  // "your products are trash and so are you".
  if (insultSeen && /\bso (?:are|r) (?:you|u)\b/.test(folded)) return 'insults someone';
  return null;
}

/** "you're useless", "you are so useless", "useless bot": a harsh word right at a person. */
function isCloselyAimed(words: string[], insultIndex: number): boolean {
  for (let back = 1; back <= 3 && insultIndex - back >= 0; back += 1) {
    const word = words[insultIndex - back]!;
    if (selfWords.has(word)) break;
    if (secondPerson.has(word) || (back === 1 && (possessiveWords.has(word) || isTarget(word)))) return true;
  }
  return targetNouns.has(words[insultIndex + 1] ?? '') || targetNouns.has(words[insultIndex + 2] ?? '');
}

function isAimed(words: string[], insultIndex: number): boolean {
  // A person before the insult, with no "I"/"me" in between: "you are such a useless bot", "@anna you idiot".
  for (let back = 1; back <= AIM_WINDOW && insultIndex - back >= 0; back += 1) {
    const word = words[insultIndex - back]!;
    if (selfWords.has(word)) break;
    if (isTarget(word)) return true;
    if (back === 1 && possessiveWords.has(word)) return true;
  }
  // A bot/host noun right after it: "stupid bot", "useless ai host".
  for (let ahead = 1; ahead <= 2 && insultIndex + ahead < words.length; ahead += 1) {
    if (targetNouns.has(words[insultIndex + ahead]!)) return true;
  }
  return false;
}
