/**
 * Text as the screens read it: Unicode-normalised (full-width letters become plain), invisible
 * characters removed, curly quotes straightened, and for the abuse screen "l33t" spellings folded
 * back to letters. Nothing here changes what the shopper wrote; it only changes what is matched.
 */

/** Zero-width and bidi controls, the BOM, soft hyphens and Unicode tag characters (used to smuggle hidden text). */
const invisible = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/gu;
/** C0/C1 control characters other than tab and line breaks. */
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function stripInvisible(text: string): string {
  return text.replace(invisible, '').replace(controls, ' ');
}

/** NFKC, invisible characters removed, quotes straightened; line breaks kept (role markers are line-based). */
export function normaliseForScreening(text: string): string {
  return stripInvisible(text.normalize('NFKC'))
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[ \t\u00a0]+/g, ' ');
}

const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/**
 * Lower-case words with look-alike digits and symbols read as letters ("1d10t" → "idiot"), for the
 * abuse screen. A token that is only digits ("1", "50") stays as it is; "@name" mentions stay.
 */
export function foldForAbuse(text: string): string {
  return normaliseForScreening(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/\s+/)
    .map((word) => (/[a-z]/.test(word) && !word.startsWith('@') ? word.replace(/[013457@$!|]/g, (character) => leet[character] ?? character) : word))
    .join(' ');
}

/** A word with runs of the same letter squeezed to one ("stuuupid" → "stupid", "idiooot" → "idiot"). */
export function squeeze(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

/**
 * cyrb53: a fast 53-bit string hash. Slurs are kept as hashes of their squeezed forms so the list
 * does not spell them out; a collision with an ordinary word is vanishingly unlikely at 53 bits.
 */
export function termHash(word: string): number {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return 4294967296 * (2097151 & second) + (first >>> 0);
}

/** The forms of a word looked up in hashed lists: as written and squeezed, each also without a plural ending. */
export function lookupForms(word: string): string[] {
  const forms = new Set([word, squeeze(word)]);
  for (const form of [...forms]) {
    if (/(?:ch|sh|x|z|s)es$/.test(form)) forms.add(form.slice(0, -2));
    else if (form.length > 3 && form.endsWith('s') && !form.endsWith('ss')) forms.add(form.slice(0, -1));
  }
  return [...forms];
}
