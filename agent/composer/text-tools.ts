/** Small, dependency-free text helpers for intent and passage matching (English shoppers' words). */

/** Lower-case, straight quotes, no apostrophes inside words ("I'm" → "im"), emoji and symbols to spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/(\w)'(\w)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words and numbers of a text, lower-case; "$1,299.00" → "1299", "17-inch" → "17", "inch". */
export function tokens(text: string): string[] {
  return normaliseText(text)
    .replace(/(\d),(\d{3})/g, '$1$2')
    .split(/[^a-z0-9.%]+|(?<=\D)\.|\.(?=\D|$)/)
    .map((token) => token.replace(/^\.+|\.+$/g, ''))
    .filter((token) => token !== '' && token !== '%');
}

const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from about into over under up down out off as is are was were be been being am ' +
    'do does did doing done have has had having i me my mine im ive id ill we us our you your youre yours it its itself this that these those ' +
    'they them their there here he she his her hers him what which who whom whose when where why how can could would should will shall may ' +
    'might must just so than too very also any some all each every both either neither no not nor only own same such more most other another ' +
    'please pls plz thanks thank hi hello hey ok okay yes yeah yep sure oh ah um hmm lol really actually still then now today tell know let ' +
    'get got give like want wanna need looking look see show find one ones thing things stuff something anything someone r u ur ya ' +
    'whats hows wheres whens whos thats theres heres lets youre theyre weve were'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** American and British spellings, and irregular forms, that should meet: "installments" and "instalments". */
const SPELLINGS: Readonly<Record<string, string>> = {
  installment: 'instalment', installments: 'instalment', color: 'colour', colors: 'colour', colored: 'coloured', gray: 'grey',
  jewelry: 'jewellery', favorite: 'favourite', moisturizer: 'moisturiser', moisturizers: 'moisturiser', center: 'centre',
  liter: 'litre', liters: 'litre', paid: 'pay', canceled: 'cancelled', canceling: 'cancelling', knives: 'knife', wives: 'wife',
};

/** A light English stemmer: enough to meet "earbuds"/"earbud", "runs"/"run", "shipping"/"ship", "huggies"/"huggie". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  w = SPELLINGS[w] ?? w;
  if (/^\d/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (/(ss|us|is)$/.test(w)) {
    /* glass, campus, axis: not plurals */
  } else if (/(xes|ches|shes|sses|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  // "berry"/"berries", "hoodie"/"hoodies", "policy"/"policies" meet at a final "i".
  if (w.length > 3 && /[^aeiou]y$/.test(w)) w = `${w.slice(0, -1)}i`;
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Content words (no stop words), in order. */
export function contentWords(text: string): string[] {
  return tokens(text).filter((token) => !isStopWord(token));
}

/** 32-bit FNV-1a: a stable number from a string (phrasing choice, never security). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
