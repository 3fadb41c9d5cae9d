import type { CartLine, CheckoutCart, PricedLine } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import { fromCents, toCents } from '../offers/money.ts';
import { normaliseReference } from '../offers/normalise-reference.ts';
import { readOffer, type StoredOffer } from '../offers/offer-records.ts';

export const maxQuantityPerLine = 10;
export const maxLinesPerCart = 20;

/** A cart priced from the database, with the offer the shopper presented. */
export interface PricedCart extends CheckoutCart {
  /** The offer the shopper presented, when it is theirs (applied or not). */
  presentedOffer: StoredOffer | null;
}

export type CartPricing = { ok: true; cart: PricedCart } | { ok: false; reason: string };

export interface CartToPrice {
  participantId: string;
  lines: { productId: string; variantId: string; quantity: number }[];
  offerCode?: string | null;
}

/** A line being priced: its exact unit price in cents and the currency it is priced in. */
type WorkingLine = PricedLine & { unitCents: number; currency: string };

interface VariantRow {
  product_id: string;
  variant_id: string;
  variant_title: string;
  price: number | string;
  inventory: number | null;
  title: string;
  currency: string;
  variant_count: number;
}

/**
 * Checks a cart against the catalog (items exist, variants belong to their product, quantities,
 * stock) and prices it in code. Refusals are sentences for the shopper. With `lockRows` the variant
 * and offer rows stay locked until the caller's transaction ends (checkout).
 */
export async function priceCart(db: Queryable, cart: CartToPrice, options: { now: Date; lockRows?: boolean }): Promise<CartPricing> {
  if (cart.lines.length === 0) return refuse('The cart is empty — which item would you like?');
  if (cart.lines.length > maxLinesPerCart) return refuse(`One checkout link can hold up to ${maxLinesPerCart} different items; let's split the order.`);
  const requested = cart.lines.map((line) => ({
    productId: normaliseReference(line.productId),
    variantId: normaliseReference(line.variantId),
    quantity: line.quantity,
  }));
  if (requested.some((line) => !Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > maxQuantityPerLine)) {
    return refuse(`Each item can be ordered 1 to ${maxQuantityPerLine} at a time.`);
  }

  const { rows } = await db.query<VariantRow>(
    `select v.product_id, v.id as variant_id, v.title as variant_title, v.price, v.inventory, p.title, p.currency,
            (select count(*)::int from variants c where c.product_id = p.id) as variant_count
     from variants v join products p on p.id = v.product_id
     where v.product_id = any($1::text[])
     order by v.product_id, v.position${options.lockRows ? ' for update of v' : ''}`,
    [[...new Set(requested.map((line) => line.productId))]],
  );

  const lines: WorkingLine[] = [];
  const seen = new Set<string>();
  for (const line of requested) {
    const productRows = rows.filter((row) => row.product_id === line.productId);
    if (productRows.length === 0) return refuse("One of those items isn't in our catalog any more, so I can't put it in a cart.");
    const row = productRows.find((candidate) => candidate.variant_id === line.variantId);
    if (!row) return refuse(`I couldn't find that option of ${productRows[0]!.title} — which size or colour would you like?`);
    const title = row.variant_count > 1 ? `${row.title} (${row.variant_title})` : row.title;
    const key = JSON.stringify([row.product_id, row.variant_id]);
    if (seen.has(key)) return refuse(`${title} is listed twice; give each item once with its total quantity.`);
    seen.add(key);
    if (row.inventory !== null && row.inventory < line.quantity) {
      if (row.inventory <= 0) return refuse(`${title} is sold out right now.`);
      return refuse(`Only ${row.inventory} of ${title} ${row.inventory === 1 ? 'is' : 'are'} left — shall I make it ${row.inventory}?`);
    }
    const unitCents = toCents(Number(row.price));
    lines.push({
      productId: row.product_id,
      variantId: row.variant_id,
      title,
      quantity: line.quantity,
      unitPrice: fromCents(unitCents),
      discount: 0,
      total: fromCents(unitCents * line.quantity),
      unitCents,
      currency: row.currency,
    });
  }
  const currencies = new Set(lines.map((line) => line.currency));
  if (currencies.size > 1) return refuse("These items are priced in different currencies, so they can't share one checkout; let's make two.");
  const currency = [...currencies][0]!;

  let presentedOffer: StoredOffer | null = null;
  let offerNotice: string | null = null;
  let offerCode: string | null = null;
  const code = cart.offerCode ? normaliseReference(cart.offerCode) : '';
  if (code) {
    const offer = await readOffer(db, code, { forUpdate: options.lockRows });
    if (!offer || offer.participantId !== cart.participantId.trim()) {
      offerNotice = "That offer code isn't one of yours, so it wasn't applied.";
    } else {
      presentedOffer = offer;
      const applied = applyOffer(offer, lines, options.now);
      if (typeof applied === 'string') offerNotice = applied;
      else offerCode = offer.code;
    }
  }

  const subtotalCents = lines.reduce((sum, line) => sum + line.unitCents * line.quantity, 0);
  const discountCents = lines.reduce((sum, line) => sum + toCents(line.discount), 0);
  return {
    ok: true,
    cart: {
      lines: lines.map(({ productId, variantId, title, quantity, unitPrice, discount, total }) => ({
        productId,
        variantId,
        title,
        quantity,
        unitPrice,
        discount,
        total,
      })),
      subtotal: fromCents(subtotalCents),
      discount: fromCents(discountCents),
      total: fromCents(subtotalCents - discountCents),
      currency,
      presentedOffer,
      offerCode,
      offerNotice,
    },
  };
}

/** The same cart as if no offer had been applied, saying why (an offer that lapsed meanwhile). */
export function withoutOffer(cart: PricedCart, notice: string): PricedCart {
  const lines = cart.lines.map((line) => ({ ...line, discount: 0, total: fromCents(toCents(line.unitPrice) * line.quantity) }));
  return { ...cart, lines, discount: 0, total: cart.subtotal, offerCode: null, offerNotice: notice };
}

/**
 * An offer takes one unit of its product (its variant, when it names one) to the offer price. The
 * discount never exceeds what was promised and budgeted, and never makes a unit cost more than now.
 */
function applyOffer(offer: StoredOffer, lines: WorkingLine[], now: Date): string | true {
  if (offer.redeemedAt) return 'That offer has already been used, so it wasn\'t applied.';
  if (Date.parse(offer.expiresAt) <= now.getTime()) return 'That offer has expired, so it wasn\'t applied.';
  const line = lines.find((candidate) => candidate.productId === offer.productId && (offer.variantId === null || candidate.variantId === offer.variantId));
  if (!line) return "That offer is for an item that isn't in this cart, so it wasn't applied.";
  const promised = toCents(offer.unitPrice) - toCents(offer.offerPrice);
  const discountCents = Math.min(promised, line.unitCents - toCents(offer.offerPrice));
  if (discountCents <= 0) return "That item's price is already at or below the offer price, so the offer wasn't needed.";
  line.discount = fromCents(discountCents);
  line.total = fromCents(line.unitCents * line.quantity - discountCents);
  return true;
}

function refuse(reason: string): CartPricing {
  return { ok: false, reason };
}

/** The shared event's cart lines (without the per-line discount). */
export function toCartLines(lines: PricedLine[]): CartLine[] {
  return lines.map(({ productId, variantId, title, quantity, unitPrice }) => ({ productId, variantId, title, quantity, unitPrice }));
}
