import { askWhichProduct } from './answer-price.ts';
import type { Answer, ComposerTurn } from './composer-turn.ts';
import type { ProductDetails } from './composer-tools.ts';
import { formatMoney, joinList, sentences } from './phrasing.ts';
import { isAvailable, optionNoun, optionValues } from './product-options.ts';
import { preferFocusWithOption, resolveProduct } from './product-reference.ts';
import { agree, productName } from './product-words.ts';

/** The option names a shopper's word asks for: "colours" reads a Shade, Finish or Dial option too. */
const ASKED_OPTIONS: [RegExp, RegExp][] = [
  [/\b(colou?rs?|shades?|finish(es)?|dials?|straps?|glazes?|metals?|tones?)\b/, /colou?r|shade|finish|dial|strap|glaze|metal/i],
  [/\b(sizes|lengths|capacit(y|ies)|storage|waists?|carats?|kits?)\b/, /size|waist|length|capacity|storage|carat|kit/i],
];

/** "What colours does it come in?", "which sizes are there?": every value of the asked option, with what is sold out. */
export async function answerOptions(turn: ComposerTurn): Promise<Answer> {
  const reference = await preferFocusWithOption(turn, await resolveProduct(turn, turn.text, { allowClosest: true }), turn.slots.colours);
  if (!reference) return askWhichProduct(turn, 'the options');
  const { product } = reference;
  const options = [...optionValues(product)].filter(([, values]) => values.length > 1);
  const asked = ASKED_OPTIONS.find(([words]) => words.test(turn.normal))?.[1];
  const listed = asked ? options.filter(([option]) => asked.test(option)) : options;
  const name = productName(product);
  if (listed.length === 0) {
    const only = options.length === 0 ? 'just one version' : `just one ${asked === ASKED_OPTIONS[0]![1] ? 'colour' : 'size'}`;
    const rest = options.map(([option, values]) => `${optionNoun(option)} ${joinList(values, 'or')}`);
    return {
      text: sentences(`The ${name} ${agree(name, 'comes')} in ${only}.`, rest.length > 0 ? `You can choose the ${joinList(rest, 'and')}.` : null),
      productIds: [product.productId],
    };
  }
  const lines = listed.map(([option, values]) => describeOption(product, option, values));
  const follow = turn.say('options-next', ['Which one would you like?', 'Want me to check one for you?', 'Which one catches your eye?']);
  return { text: sentences(...lines, follow), productIds: [product.productId] };
}

/** "The Dutch Oven comes in 3 colours: Cherry Red, Sea Blue and Matte Black. Matte Black is sold out right now." */
function describeOption(product: ProductDetails, option: string, values: string[]): string {
  const name = productName(product);
  const prices = new Map(values.map((value) => [value, [...new Set(product.variants.filter((variant) => variant.options[option] === value).map((variant) => variant.price))]]));
  // A price per value only when the values cost different amounts (128 GB vs 256 GB).
  const priced = new Set([...prices.values()].map((list) => list.join('/'))).size > 1 && [...prices.values()].every((list) => list.length === 1);
  const soldOut: string[] = [];
  const pairs: { value: string; other: string }[] = [];
  for (const value of values) {
    const variants = product.variants.filter((variant) => variant.options[option] === value);
    const missing = variants.filter((variant) => !isAvailable(variant));
    if (missing.length === variants.length) soldOut.push(value);
    else for (const variant of missing) pairs.push({ value, other: Object.entries(variant.options).filter(([other]) => other !== option).map(([, other]) => other).join(' / ') });
  }
  const partly = soldOutPairs(pairs);
  const labels = values.map((value) => (priced ? `${value} (${formatMoney(prices.get(value)![0]!, product.currency)})` : value));
  const gone = soldOut.length > 0 ? `${joinList(soldOut, 'and')} ${soldOut.length === 1 ? 'is' : 'are'} sold out right now` : null;
  const notes = [gone, ...partly].filter((note): note is string => note !== null);
  return sentences(`The ${name} ${agree(name, 'comes')} in ${values.length} ${plural(optionNoun(option))}: ${joinList(labels, 'and')}.`, notes.length > 0 ? `${joinList(notes, 'and')}.` : null);
}

/** "Navy is sold out in L and XL", "Washed Black is sold out in 24 and 32": the sold-out combinations, grouped the shorter way. */
function soldOutPairs(pairs: { value: string; other: string }[]): string[] {
  if (pairs.length === 0 || pairs.length > 4) return [];
  const byValue = groupBy(pairs, (pair) => pair.value);
  const byOther = groupBy(pairs, (pair) => pair.other);
  const [groups, key, rest] = byOther.size < byValue.size ? [byOther, 'other', 'value'] as const : [byValue, 'value', 'other'] as const;
  return [...groups.values()].map((group) => `${group[0]![key]} is sold out in ${joinList(group.map((pair) => pair[rest]), 'and')}`);
}

/** Map.groupBy arrives in Node 21; this runs on 20. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function plural(noun: string): string {
  if (noun === 'storage') return 'storage options';
  if (noun === 'waist') return 'waist sizes';
  return /(s|sh|ch)$/.test(noun) ? `${noun}es` : `${noun}s`;
}
