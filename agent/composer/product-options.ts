import type { ShopperProfile } from '../memory/shopper-profile.ts';
import type { ProductDetails, VariantDetails } from './composer-tools.ts';
import type { Measure, Slots } from './slots.ts';
import { normaliseText, tokens } from './text-tools.ts';

/** The option values of a product the shopper asked for, by option name ("Size" → "M"). */
export interface OptionChoice {
  chosen: Map<string, string>;
  /** Options filled from the shopper's stated sizes rather than this message. */
  fromProfile: Set<string>;
  /** Words the shopper used for an option the product does not have ("XXL", "purple"). */
  unmatched: string[];
}

const SIZE_OPTION = /size|waist|length|fit/i;
const MEASURE_UNITS: Readonly<Record<string, Measure['unit']>> = {
  ml: 'ml', l: 'l', oz: 'oz', gb: 'gb', tb: 'tb', mm: 'mm', cm: 'cm', ct: 'ct', ctw: 'ct', carat: 'ct', carats: 'ct',
};

/** Option name → its values, in catalog order. */
export function optionValues(product: ProductDetails): Map<string, string[]> {
  const options = new Map<string, string[]>();
  for (const variant of product.variants) {
    for (const [name, value] of Object.entries(variant.options)) {
      const values = options.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      options.set(name, values);
    }
  }
  return options;
}

function measuresOf(value: string): Measure[] {
  const found: Measure[] = [];
  for (const match of normaliseText(value).matchAll(/(\d+(?:\.\d+)?)\s?(ml|l|oz|gb|tb|mm|cm|ctw|ct|carats?)\b/g)) {
    const unit = MEASURE_UNITS[match[2]!];
    if (unit) found.push({ value: Number(match[1]), unit });
  }
  return found;
}

function numberOf(value: string): number | null {
  const match = /^(?:(?:eu|us|uk|size)\s?)?(\d{1,2}(?:\.5)?)$/.exec(normaliseText(value));
  return match ? Number(match[1]) : null;
}

function systemOf(value: string): string | null {
  const match = /^(eu|us|uk|size)\s?\d/.exec(normaliseText(value));
  return match ? match[1]!.toUpperCase() : null;
}

/** Which of an option's values a message names; several when it is ambiguous ("blue" of two blues). */
function valuesNamed(optionName: string, values: string[], text: string, slots: Slots, titleNumbers: Set<number>): string[] {
  const normal = ` ${normaliseText(text).replace(/[^a-z0-9.%/]+/g, ' ')} `;
  const exact: string[] = [];
  const partial: string[] = [];
  for (const value of values) {
    const key = normaliseText(value);
    if (key.length === 1 || /^(xxs|xs|xl|xxl|xxxl)$/.test(key)) {
      if (slots.letterSizes.some((size) => size.toLowerCase() === key)) exact.push(value);
      continue;
    }
    if (normal.includes(` ${key.replace(/[^a-z0-9.%/]+/g, ' ')} `)) {
      exact.push(value);
      continue;
    }
    const measures = measuresOf(value);
    if (measures.length > 0 && slots.measures.some((wanted) => measures.some((have) => have.unit === wanted.unit && have.value === wanted.value))) {
      exact.push(value);
      continue;
    }
    const number = numberOf(value);
    if (number !== null) {
      const system = systemOf(value);
      const named = slots.systemSizes.some(
        (size) => Number(size.value) === number && (size.system === system || size.system === 'SIZE' || size.system === 'WAIST' || system === 'SIZE' || system === null),
      );
      if (named || (slots.numbers.includes(number) && !titleNumbers.has(number))) exact.push(value);
      continue;
    }
    const words = tokens(value).filter((word) => word.length >= 3 && !/^\d/.test(word) && !['with', 'and', 'only', 'the'].includes(word));
    if (words.length > 0 && words.some((word) => slots.colours.includes(word) || new RegExp(`\\b${word}\\b`).test(normal))) partial.push(value);
  }
  if (exact.length > 0) return exact;
  // "blue" naming one of "Midnight Blue" / "Sea Blue" is a choice only when it picks exactly one.
  return SIZE_OPTION.test(optionName) && partial.length > 1 ? [] : partial;
}

/** Reads the option values a message (and, for sizes, the shopper's profile) asks for. */
export function chooseOptions(product: ProductDetails, text: string, slots: Slots, profile?: ShopperProfile): OptionChoice {
  const chosen = new Map<string, string>();
  const fromProfile = new Set<string>();
  const titleNumbers = new Set(tokens(product.title).filter((token) => /^\d+$/.test(token)).map(Number));
  const options = optionValues(product);
  for (const [name, values] of options) {
    const named = valuesNamed(name, values, text, slots, titleNumbers);
    if (named.length === 1) chosen.set(name, named[0]!);
  }
  if (profile) {
    for (const [name, values] of options) {
      if (chosen.has(name) || !SIZE_OPTION.test(name)) continue;
      const stated = Object.values(profile.sizes).map((size) => normaliseText(size));
      const match = values.find((value) => stated.includes(normaliseText(value)) || stated.some((size) => numberOf(size) !== null && numberOf(size) === numberOf(value) && systemOf(size) === systemOf(value)));
      if (match) {
        chosen.set(name, match);
        fromProfile.add(name);
      }
    }
  }
  const unmatched: string[] = [];
  const allValues = [...options.values()].flat().map((value) => normaliseText(value));
  for (const size of slots.letterSizes) {
    const hasLetterSizes = allValues.some((value) => /^(xxs|xs|s|m|l|xl|xxl)$/.test(value) || /^(xxs|xs|s|m|l|xl|xxl) \//.test(value));
    if (hasLetterSizes && !allValues.includes(size.toLowerCase())) unmatched.push(size);
  }
  for (const size of slots.systemSizes) {
    if (![...chosen.values()].some((value) => numberOf(value) === Number(size.value)) && allValues.some((value) => numberOf(value) !== null)) {
      unmatched.push(size.system === 'SIZE' || size.system === 'WAIST' ? `size ${size.value}` : `${size.system} ${size.value}`);
    }
  }
  for (const colour of slots.colours) {
    const colourOption = [...options.keys()].find((name) => /colou?r|shade|finish|dial|strap/i.test(name));
    if (colourOption && !chosen.has(colourOption) && !options.get(colourOption)!.some((value) => normaliseText(value).includes(colour))) unmatched.push(colour);
  }
  return { chosen, fromProfile, unmatched };
}

/** Variants having every chosen option value. */
export function variantsWith(product: ProductDetails, chosen: Map<string, string>): VariantDetails[] {
  return product.variants.filter((variant) => [...chosen].every(([name, value]) => variant.options[name] === value));
}

export function isAvailable(variant: { inventory: number | null }): boolean {
  return variant.inventory === null || variant.inventory > 0;
}

/** The variant's label as shoppers read it: "M / Sand"; empty for a one-variant product. */
function variantLabel(product: ProductDetails, variant: VariantDetails): string {
  if (product.variants.length <= 1 || /^default( title)?$/i.test(variant.title)) return '';
  return variant.title;
}

/** Option names whose value differs between variants ("Size", "Colour"). */
export function varyingOptions(product: ProductDetails): string[] {
  return [...optionValues(product)].filter(([, values]) => values.length > 1).map(([name]) => name);
}

/** The option that best names a group of variants apart from the rest ("Capacity" for 128 GB vs 256 GB). */
export function groupLabel(product: ProductDetails, group: VariantDetails[]): string | null {
  for (const name of varyingOptions(product)) {
    const values = new Set(group.map((variant) => variant.options[name]));
    if (values.size !== 1) continue;
    const [value] = values;
    const outside = product.variants.filter((variant) => !group.includes(variant));
    if (value && outside.every((variant) => variant.options[name] !== value)) return value;
  }
  if (group.length === 1) return variantLabel(product, group[0]!) || null;
  return null;
}

/** True for options a shopper must choose before buying (several values). */
export function missingChoices(product: ProductDetails, chosen: Map<string, string>): string[] {
  return varyingOptions(product).filter((name) => !chosen.has(name));
}

/** "size" / "colour" as a shopper says it. */
export function optionNoun(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'color') return 'colour';
  return lower;
}
