import type { Offer } from '../../core/index.ts';
import { type Product, productStock } from '../../knowledge/index.ts';
import type { CalendarDate, Claim, DurationUnit } from './claim.ts';
import { type ClockReading, readClock, readClockAtOffset, writtenOffset } from './clock-parts.ts';
import { extractFactClaims } from './extract-claims.ts';
import { normaliseDuration } from './time-claims.ts';
import { allMatches } from './all-matches.ts';

/** What a computed number is: money (cart totals), a percentage, a count (stock, results), or another figure. */
export type NumberKind = 'money' | 'percent' | 'count' | 'other';

export interface FactBookOptions {
  /** IANA time zones in which offer expiries may be stated; UTC and the process's own zone are always included. */
  timeZones?: string[];
}

/** Any currency (a computed amount with no currency attached). */
const anyCurrency = '*';
const dollarCurrencies = new Set(['$', 'USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

function currenciesMatch(claimed: string | null, known: string): boolean {
  if (claimed === null || known === anyCurrency || claimed === known) return true;
  return (claimed === '$' && dollarCurrencies.has(known)) || (known === '$' && dollarCurrencies.has(claimed));
}

const identifierToken = /[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g;

/**
 * The facts of one turn: every figure the catalog and the tools put in front of the model this
 * turn. The reply verifier allows a price, discount, stock figure, date, time, policy figure or
 * code only when this book holds it.
 */
export class FactBook {
  private readonly ids = new Set<string>();
  /** Products whose facts were added this turn. */
  readonly productIds: ReadonlySet<string> = this.ids;
  readonly timeZones: readonly string[];
  private readonly money = new Map<number, Set<string>>();
  /** Prices of things one can buy (variants, offers, cart lines), in cents: the operands of totals the reply computes. */
  private readonly prices = new Set<number>();
  private readonly percents = new Set<number>();
  private readonly stock = new Set<number>();
  private readonly durationRanges = new Set<string>();
  private readonly durationPoints = new Set<string>();
  private readonly otherNumbers = new Set<number>();
  private readonly dates = new Set<string>();
  private readonly times = new Set<number>();
  private readonly codes = new Set<string>();
  private readonly identifiers = new Set<string>();
  private readonly expiries: Date[] = [];

  constructor(options: FactBookOptions = {}) {
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.timeZones = [...new Set(['UTC', local, ...(options.timeZones ?? [])].filter(Boolean))];
  }

  /** A product's prices, compare-at prices, savings and implied discounts, stock, and the figures in its text. */
  addProduct(product: Product): void {
    this.ids.add(product.id);
    const currency = product.currency;
    for (const variant of product.variants) {
      this.addPrice(variant.price, currency);
      if (variant.inventory !== null) this.stock.add(Math.max(0, variant.inventory));
      if (variant.compareAtPrice !== undefined && variant.compareAtPrice > variant.price) {
        this.addPrice(variant.compareAtPrice, currency);
        this.addMoney(variant.compareAtPrice - variant.price, currency);
        this.addDiscount(((variant.compareAtPrice - variant.price) / variant.compareAtPrice) * 100);
      }
      this.addIdentifiers(variant.title, variant.sku ?? '', ...Object.values(variant.options));
    }
    const total = productStock(product);
    if (total !== null) this.stock.add(total);
    for (const count of optionStockTotals(product)) this.stock.add(count);
    this.addIdentifiers(product.title, product.brand ?? '', ...product.tags, ...Object.values(product.attributes), ...product.features);

    // Stock comes from inventory only: "only 2 left!" in a description is stale (or planted).
    const texts = [product.title, product.description, ...Object.values(product.attributes), ...product.features, ...product.faqs.map((faq) => faq.answer)];
    for (const text of texts) this.addClaims(text, { stock: false });
    for (const [key, value] of Object.entries(product.attributes)) this.addUnitFromKey(key, value);
  }

  /** A granted offer: its code, percent, unit and offer price, the saving, and its expiry as date and clock time. */
  addOffer(offer: Offer): void {
    this.addCode(offer.code);
    this.addDiscount(offer.discountPercent);
    this.addPrice(offer.unitPrice, offer.currency);
    this.addPrice(offer.offerPrice, offer.currency);
    this.addMoney(offer.unitPrice - offer.offerPrice, offer.currency);
    const expiry = new Date(offer.expiresAt);
    if (Number.isNaN(expiry.getTime())) return;
    this.expiries.push(expiry);
    this.addMoment(expiry, writtenOffset(offer.expiresAt));
  }

  /** A passage or policy text quoted this turn: its money, percentages, stock figures, durations, dates and times. Codes in it are not facts. */
  addText(text: string): void {
    this.addClaims(text, { stock: true });
  }

  /** A computed figure: cart totals (money), counts of results or units (count), other figures (allowed as durations). */
  addNumber(value: number, kind: NumberKind): void {
    if (!Number.isFinite(value)) return;
    if (kind === 'money') this.addPrice(value, anyCurrency);
    else if (kind === 'percent') this.percents.add(Math.round(value * 100));
    else if (kind === 'count') this.stock.add(value);
    else this.otherNumbers.add(value);
  }

  /** A code the offer engine or the cart really issued this turn. */
  addCode(code: string): void {
    const trimmed = code.trim().toUpperCase();
    if (trimmed) this.codes.add(trimmed);
  }

  /** A moment a tool returned (a booking slot, a restock date): its date and clock time in every known zone. */
  addMoment(moment: Date, offsetMinutes: number | null = null): void {
    const readings: ClockReading[] = this.timeZones.map((zone) => readClock(moment, zone));
    if (offsetMinutes !== null) readings.push(readClockAtOffset(moment, offsetMinutes));
    const roundsUp = moment.getUTCSeconds() > 0 || moment.getUTCMilliseconds() > 0;
    for (const reading of readings) {
      this.addDate(reading.date);
      this.times.add(reading.minutes);
      if (roundsUp) this.times.add((reading.minutes + 1) % 1440);
    }
  }

  /** Everything another book holds (facts gathered by a sub-step). */
  merge(other: FactBook): void {
    for (const id of other.ids) this.ids.add(id);
    for (const [cents, currencies] of other.money) for (const currency of currencies) this.addCents(cents, currency);
    for (const cents of other.prices) this.prices.add(cents);
    const unions: [Set<unknown>, Set<unknown>][] = [
      [this.percents, other.percents],
      [this.stock, other.stock],
      [this.durationRanges, other.durationRanges],
      [this.durationPoints, other.durationPoints],
      [this.otherNumbers, other.otherNumbers],
      [this.dates, other.dates],
      [this.times, other.times],
      [this.codes, other.codes],
      [this.identifiers, other.identifiers],
    ];
    for (const [target, source] of unions) for (const value of source) target.add(value);
    this.expiries.push(...other.expiries);
  }

  hasMoney(cents: number, currency: string | null = null): boolean {
    const known = this.money.get(cents);
    return known !== undefined && [...known].some((entry) => currenciesMatch(currency, entry));
  }

  /** True when `cents` is the price of something one can buy this turn (not a fee or threshold from a policy text). */
  hasPrice(cents: number): boolean {
    return this.prices.has(cents);
  }

  /** Every price held, in cents (for totals and differences the reply computes). */
  priceAmounts(): IterableIterator<number> {
    return this.prices.values();
  }

  hasPercent(value: number): boolean {
    return this.percents.has(Math.round(value * 100));
  }

  hasStock(count: number): boolean {
    return this.stock.has(count);
  }

  /** A duration range ("3–5 days") or single value ("30 days"); a single value may be either end of a known range ("within 5 business days"). */
  hasDuration(unit: DurationUnit, low: number, high: number): boolean {
    if (this.durationRanges.has(`${unit}:${low}:${high}`)) return true;
    if (this.durationPoints.has(`${unit}:${low}`) && this.durationPoints.has(`${unit}:${high}`)) return true;
    return this.otherNumbers.has(low) && this.otherNumbers.has(high);
  }

  hasDate(date: CalendarDate): boolean {
    return this.dates.has(date.year === null ? `${date.month}-${date.day}` : `${date.year}-${date.month}-${date.day}`);
  }

  hasTime(minutes: number): boolean {
    return this.times.has(minutes);
  }

  hasCode(code: string): boolean {
    return this.codes.has(code.trim().toUpperCase());
  }

  /** A model name, SKU or technical token from a product's own fields ("X2", "LLF-DEW-30", "IP67"). */
  isIdentifier(token: string): boolean {
    return this.identifiers.has(token.toUpperCase());
  }

  /** When this turn's offers expire (for "ends in 15 minutes"). */
  get offerExpiries(): readonly Date[] {
    return this.expiries;
  }

  private addPrice(value: number, currency: string): void {
    if (!Number.isFinite(value) || value < 0) return;
    this.prices.add(Math.round(value * 100));
    this.addMoney(value, currency);
  }

  private addMoney(value: number, currency: string): void {
    if (Number.isFinite(value) && value >= 0) this.addCents(Math.round(value * 100), currency);
  }

  private addCents(cents: number, currency: string): void {
    const known = this.money.get(cents);
    if (known) known.add(currency);
    else this.money.set(cents, new Set([currency]));
  }

  private addDiscount(percent: number): void {
    if (!Number.isFinite(percent)) return;
    for (const value of [percent, Math.round(percent), Math.floor(percent), Math.ceil(percent)]) this.percents.add(Math.round(value * 100));
  }

  private addDate(date: CalendarDate): void {
    this.dates.add(`${date.month}-${date.day}`);
    if (date.year !== null) this.dates.add(`${date.year}-${date.month}-${date.day}`);
  }

  private addDurationRange(unit: DurationUnit, low: number, high: number): void {
    this.durationRanges.add(`${unit}:${low}:${high}`);
    this.durationPoints.add(`${unit}:${low}`);
    this.durationPoints.add(`${unit}:${high}`);
  }

  private addClaims(text: string, options: { stock: boolean }): void {
    if (!text) return;
    for (const claim of extractFactClaims(text)) this.addClaim(claim, options);
  }

  private addClaim(claim: Claim, options: { stock: boolean }): void {
    if (claim.kind === 'money') this.addCents(claim.cents, claim.currency ?? anyCurrency);
    else if (claim.kind === 'percent') this.percents.add(Math.round(claim.value * 100));
    else if (claim.kind === 'stock' && options.stock) this.stock.add(claim.count);
    else if (claim.kind === 'duration') this.addDurationRange(claim.unit, claim.low, claim.high);
    else if (claim.kind === 'date') for (const candidate of claim.candidates) this.addDate(candidate);
    else if (claim.kind === 'time') for (const candidate of claim.candidates) this.times.add(candidate);
    // Codes in text are never facts: only the offer engine and the cart issue codes.
  }

  private addIdentifiers(...texts: string[]): void {
    for (const text of texts) {
      for (const match of allMatches(identifierToken, text)) {
        const value = match[0];
        if (/[A-Za-z]/.test(value) && (/\d/.test(value) || value === value.toUpperCase())) this.identifiers.add(value.toUpperCase());
      }
    }
  }

  /** `warrantyYears: "2"`, `returnDays: "30"`: a bare number whose unit is in the attribute's name. */
  private addUnitFromKey(key: string, value: string): void {
    const unit = /minute|hour|day|week|month|year/i.exec(key)?.[0];
    const number = Number(value.trim());
    if (!unit || !/^\d+(?:\.\d+)?$/.test(value.trim())) return;
    const normalised = normaliseDuration(number, unit);
    this.addDurationRange(normalised.unit, normalised.value, normalised.value);
  }
}

/** Units on hand per option value across the other options ("Black: 48 across sizes"). */
function optionStockTotals(product: Product): number[] {
  const totals = new Map<string, number>();
  for (const variant of product.variants) {
    if (variant.inventory === null) continue;
    for (const [name, value] of Object.entries(variant.options)) {
      const key = `${name}\u0000${value}`;
      totals.set(key, (totals.get(key) ?? 0) + Math.max(0, variant.inventory));
    }
  }
  return [...totals.values()];
}
