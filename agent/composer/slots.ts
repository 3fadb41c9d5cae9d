import { normaliseText } from './text-tools.ts';

/** A measured option the shopper named: "30 ml", "256 GB", "45 mm", "1 carat". */
export interface Measure {
  value: number;
  unit: 'ml' | 'l' | 'oz' | 'gb' | 'tb' | 'mm' | 'cm' | 'ct';
}

/** What a shopper's message states, independent of any product. */
export interface Slots {
  /** Budget or price range in the store currency. */
  money: { min?: number; max?: number; around?: number; amounts: number[] };
  /** A percentage the shopper asked for ("20% off"). */
  percent: number | null;
  /** Clothing letter sizes, normalised: XS, S, M, L, XL, XXL. */
  letterSizes: string[];
  /** Shoe and ring sizes with their system: "EU 38", "US 9", "UK 5", "Size 7". */
  systemSizes: { system: 'EU' | 'US' | 'UK' | 'SIZE' | 'WAIST'; value: string }[];
  measures: Measure[];
  /** Colour words from a general vocabulary (the product's own option values are matched later). */
  colours: string[];
  /** Numbers that are not money, percentages or measures: sizes or quantities, decided with the product. */
  numbers: number[];
  /** An explicit quantity ("two of them", "x2", "3 pairs"). */
  quantity: number | null;
  /** The message points at a product already in the conversation ("it", "this one", "the black one"). */
  pronoun: boolean;
}

/** Words in "the ___ one" that point back at a product rather than name one ("the black one", "the cheaper one"). */
const POINTING = [
  ...['other', 'first', 'second', 'third', 'last', 'same', 'cheaper', 'cheapest', 'bigger', 'smaller', 'larger', 'new', 'previous', 'second', 'expensive', 'pricier'],
];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, couple: 2, pair: 2,
};

/** Colours shoppers name; multi-word ones first so "light blue" wins over "blue". */
export const COLOUR_WORDS: readonly string[] = [
  'light blue', 'dark brown', 'soft brown', 'sky blue', 'navy blue', 'midnight blue', 'ocean blue', 'sea blue', 'cherry red', 'classic red',
  'matte black', 'washed black', 'heather grey', 'space grey', 'cloud white', 'volt yellow', 'blaze orange', 'brushed steel', 'off white',
  'black', 'white', 'navy', 'blue', 'red', 'green', 'olive', 'sand', 'ivory', 'cream', 'beige', 'tan', 'brown', 'grey', 'gray', 'silver',
  'gold', 'pink', 'rose', 'purple', 'lilac', 'mint', 'coral', 'yellow', 'orange', 'khaki', 'camel', 'charcoal', 'stone', 'natural', 'taupe',
  'burgundy', 'bordeaux', 'noir', 'caramel', 'cognac', 'sage', 'oatmeal', 'indigo', 'champagne', 'emerald', 'plum', 'nude', 'berry',
  'terracotta', 'peach', 'chalk', 'walnut', 'graphite', 'glacier', 'smoke', 'clear', 'slate', 'oat', 'apricot', 'peony', 'rosewood',
  'ebony', 'blush', 'forest', 'bone', 'panda', 'teal', 'turquoise', 'lavender', 'maroon', 'wine',
];

const MONEY = String.raw`(?:\$\s?(\d[\d,]*(?:\.\d{1,2})?)(k)?|(\d[\d,]*(?:\.\d{1,2})?)(k)?\s?(?:dollars?|bucks|usd)\b|usd\s?(\d[\d,]*(?:\.\d{1,2})?))`;
const BARE = String.raw`(\d[\d,]*(?:\.\d{1,2})?)(?![\d,])(?!\.\d)(k)?(?!\s?(?:%|ml|l\b|oz|gb|tb|mm|cm|m\b|inch|in\b|"|hours?|days?|years?|months?|weeks?|ctw?|carats?|pairs?|pieces?|units?))`;

function amountOf(match: RegExpExecArray, offset: number): number | undefined {
  const digits = match[offset] ?? match[offset + 2] ?? match[offset + 4];
  if (digits === undefined) return undefined;
  const thousands = match[offset + 1] ?? match[offset + 3];
  const value = Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) ? value * (thousands ? 1000 : 1) : undefined;
}

function parseMoney(text: string): Slots['money'] {
  const money: Slots['money'] = { amounts: [] };
  const anyMoney = new RegExp(MONEY, 'g');
  for (let match = anyMoney.exec(text); match; match = anyMoney.exec(text)) {
    const value = amountOf(match, 1);
    if (value !== undefined) money.amounts.push(value);
  }
  const amount = `(?:${MONEY}|${BARE})`;
  const valueAt = (match: RegExpExecArray, start: number): number | undefined => {
    // Each `amount` has 7 groups: 5 of MONEY (with k flags) and 2 of BARE.
    const fromMoney = amountOf(match, start);
    if (fromMoney !== undefined) return fromMoney;
    const bare = match[start + 5];
    if (bare === undefined) return undefined;
    return Number(bare.replace(/,/g, '')) * (match[start + 6] ? 1000 : 1);
  };
  // "between 300 and 400", "budget 300-400": a range, with or without dollar signs.
  const between = new RegExp(String.raw`(?:between|from|budget(?: is| of)?|spend(?:ing)?|range(?: is| of)?)\s+${amount}\s*(?:and|to|-|–)\s*${amount}`).exec(text);
  const dash = new RegExp(String.raw`${MONEY}\s*(?:-|to)\s*${amount}`).exec(text);
  if (between) {
    const low = valueAt(between, 1);
    const high = valueAt(between, 8);
    if (low !== undefined && high !== undefined) return { ...money, min: Math.min(low, high), max: Math.max(low, high) };
  }
  if (dash) {
    const low = amountOf(dash, 1);
    const high = valueAt(dash, 6);
    if (low !== undefined && high !== undefined) return { ...money, min: Math.min(low, high), max: Math.max(low, high) };
  }
  const upper = new RegExp(
    String.raw`(?:under|below|less than|cheaper than|up to|upto|at most|max(?:imum)?(?: of)?|no more than|not more than|within|budget(?: is| of)?(?: about| around)?|spend(?:ing)?(?: about| around)?|keep it (?:under|below|around|to)?)\s*${amount}`,
  ).exec(text);
  const upperAfter = new RegExp(String.raw`${MONEY}\s*(?:max(?:imum)?|or less|or under|tops|budget|total)\b`).exec(text);
  const lower = new RegExp(String.raw`(?:over|above|more than|at least|min(?:imum)?(?: of)?|upwards of|starting at)\s*${amount}`).exec(text);
  const around = new RegExp(String.raw`(?:around|about|roughly|approximately|approx\.?|~|circa|near|like|close to)\s*${MONEY}`).exec(text);
  if (upper) {
    const value = valueAt(upper, 1);
    if (value !== undefined) {
      if (/budget|spend|keep it/.test(upper[0]) && /around|about/.test(upper[0])) money.around = value;
      money.max = value;
    }
  } else if (upperAfter) {
    money.max = amountOf(upperAfter, 1);
  }
  if (lower) {
    const value = valueAt(lower, 1);
    if (value !== undefined) money.min = value;
  }
  if (around && money.max === undefined && money.min === undefined) {
    const value = amountOf(around, 1);
    if (value !== undefined) money.around = value;
  }
  return money;
}

function parseMeasures(text: string): Measure[] {
  const measures: Measure[] = [];
  const pattern = /(\d+(?:\.\d+)?)\s?(ml|millilit(?:re|er)s?|l|lit(?:re|er)s?|oz|gb|tb|mm|cm|ctw|ct|carats?)\b/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[2]!;
    const unit: Measure['unit'] = raw.startsWith('mil') ? 'ml' : raw.startsWith('lit') ? 'l' : raw.startsWith('c') && raw !== 'cm' ? 'ct' : (raw as Measure['unit']);
    measures.push({ value: Number(match[1]), unit });
  }
  return measures;
}

function parseLetterSizes(text: string): string[] {
  const sizes: string[] = [];
  const add = (size: string) => {
    if (!sizes.includes(size)) sizes.push(size);
  };
  for (const match of text.matchAll(/(?<![\d.])\b(xxs|xs|xxl|xxxl|2xl|3xl|xl|x-large|x-small|s|m|l)\b(?!\s?(?:ml|gb|mm|cm)\b)/g)) {
    const raw = match[1]!;
    const before = text.slice(Math.max(0, match.index! - 3), match.index);
    if (raw === 'l' && /\d\s?$/.test(before)) continue;
    add(raw === 'x-large' ? 'XL' : raw === 'x-small' ? 'XS' : raw === '2xl' ? 'XXL' : raw === '3xl' ? 'XXXL' : raw.toUpperCase());
  }
  const words = /\b(?:in|size|a|an|the|im|i am|wear|usually|normally|take|between|and|or)\s+(?:an?\s+)?(extra[ -]small|extra[ -]large|small|medium|large)\b/g;
  for (const match of text.matchAll(words)) {
    const word = match[1]!;
    add(word.startsWith('extra') ? (word.endsWith('small') ? 'XS' : 'XL') : word === 'small' ? 'S' : word === 'medium' ? 'M' : 'L');
  }
  return sizes;
}

function parseSystemSizes(text: string): Slots['systemSizes'] {
  const sizes: Slots['systemSizes'] = [];
  for (const match of text.matchAll(/\b(eu|us|uk)\s?(\d{1,2}(?:\.5)?)\b(?!\s?(?:\$|dollars))/g)) {
    sizes.push({ system: match[1]!.toUpperCase() as 'EU' | 'US' | 'UK', value: match[2]! });
  }
  for (const match of text.matchAll(/\bsize\s?(\d{1,2}(?:\.5)?)\b/g)) sizes.push({ system: 'SIZE', value: match[1]! });
  for (const match of text.matchAll(/\b(?:waist\s?(?:size\s?)?(\d{2})|(\d{2})\s?(?:inch\s?|in\s?|")?waist|w(\d{2}))\b/g)) {
    sizes.push({ system: 'WAIST', value: (match[1] ?? match[2] ?? match[3])! });
  }
  return sizes;
}

function parseColours(text: string): string[] {
  const found: string[] = [];
  let rest = ` ${text} `;
  for (const colour of COLOUR_WORDS) {
    const pattern = new RegExp(`([^a-z])${colour}([^a-z])`);
    if (pattern.test(rest)) {
      found.push(colour);
      rest = rest.replace(pattern, '$1 $2');
    }
  }
  return found;
}

function parseQuantity(text: string): number | null {
  const explicit =
    /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a couple)\s*(?:x\b|pcs|pieces?|units?|pairs?|sets?|bottles?|of (?:them|those|these|the|each|it)|each|of each)/.exec(text) ??
    /\bx\s?(\d{1,2})\b|\bqty:?\s?(\d{1,2})\b|\bquantity:?\s?(\d{1,2})\b/.exec(text) ??
    /\b(?:take|buy|want|need|order|get|add)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s?(?:ml|gb|mm|cm|%|\$))/.exec(text);
  if (!explicit) return null;
  const raw = (explicit[1] ?? explicit[2] ?? explicit[3])!.replace(/^a /, '');
  const value = NUMBER_WORDS[raw] ?? Number(raw);
  return Number.isInteger(value) && value >= 1 && value <= 10 ? value : null;
}

/** Extracts money, sizes, colours, quantities and references from one message. */
export function extractSlots(text: string): Slots {
  const normal = normaliseText(text);
  const money = parseMoney(normal);
  const percentMatch = /(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)/.exec(normal);
  const measures = parseMeasures(normal);
  const systemSizes = parseSystemSizes(normal);
  const withoutKnown = normal
    .replace(new RegExp(MONEY, 'g'), ' ')
    .replace(/(\d+(?:\.\d+)?)\s?(?:%|percent|ml|l\b|oz|gb|tb|mm|cm|ctw|ct|carats?)/g, ' ')
    .replace(/\b(?:eu|us|uk|size|waist|w)\s?\d{1,2}(?:\.5)?\b/g, ' ')
    .replace(/\b\d{2}\s?(?:inch\s?|in\s?|")?waist\b/g, ' ');
  const numbers = [...withoutKnown.matchAll(/(?<![\w.])(\d{1,4}(?:\.\d+)?)(?!\w|\.\d)/g)]
    .map((match) => Number(match[1]))
    .filter((value) => value !== money.min && value !== money.max);
  const pronoun =
    /\b(it|its|this|that|these|those|them|they|theyre)\b/.test(normal) ||
    new RegExp(`\\b(?:the|this|that) (?:(?:${[...POINTING, ...COLOUR_WORDS].join('|')})\\s)?ones?\\b`).test(normal);
  return {
    money,
    percent: percentMatch ? Number(percentMatch[1]) : null,
    letterSizes: parseLetterSizes(normal),
    systemSizes,
    measures,
    colours: parseColours(normal),
    numbers,
    quantity: parseQuantity(normal),
    pronoun,
  };
}

/** True when a message states a size or colour and little else ("M please", "sand in M", "39 in coral"). */
export function isOptionOnlyMessage(text: string, slots: Slots): boolean {
  const hasOption = slots.letterSizes.length + slots.systemSizes.length + slots.measures.length + slots.colours.length + slots.numbers.length > 0;
  if (!hasOption) return false;
  let rest = normaliseText(text);
  for (const colour of slots.colours) rest = rest.replace(colour, ' ');
  rest = rest
    .replace(/\b(xxs|xs|xxl|xl|s|m|l|small|medium|large|extra)\b/g, ' ')
    .replace(/\b(eu|us|uk|size|waist|in|the|a|an|and|please|pls|ok|okay|then|one|ones|go|with|ill|i|take|want|get|colour|color|will|for|me|yes|yeah|sure|lets|do|same|both|of|them|it|that|this)\b/g, ' ')
    .replace(/[\d.,!?/\s-]+/g, ' ')
    .trim();
  return rest === '';
}
