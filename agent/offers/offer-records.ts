import type { Offer } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import { normaliseOfferCode } from './offer-code.ts';

/** An offer as persisted: the event's offer plus who it belongs to and what became of it. */
export interface StoredOffer extends Offer {
  sessionId: string;
  participantId: string;
  /** The configured policy that allowed it; null when the default policy did. */
  policyId: string | null;
  createdAt: string;
  redeemedAt: string | null;
  orderId: string | null;
}

export type RedemptionResult =
  | { redeemed: true; offer: StoredOffer }
  | { redeemed: false; rule: 'not-found' | 'expired' | 'already-redeemed' | 'wrong-participant'; reason: string };

export interface OfferRow {
  code: string;
  session_id: string;
  participant_id: string;
  product_id: string;
  variant_id: string | null;
  discount_percent: number | string;
  unit_price: number | string;
  offer_price: number | string;
  currency: string;
  policy_id: string | null;
  created_at: Date | string;
  expires_at: Date | string;
  redeemed_at: Date | string | null;
  order_id: string | null;
}

const columns = `code, session_id, participant_id, product_id, variant_id, discount_percent, unit_price, offer_price,
  currency, policy_id, created_at, expires_at, redeemed_at, order_id`;

export function toStoredOffer(row: OfferRow): StoredOffer {
  return {
    code: row.code,
    productId: row.product_id,
    variantId: row.variant_id,
    discountPercent: Number(row.discount_percent),
    unitPrice: Number(row.unit_price),
    offerPrice: Number(row.offer_price),
    currency: row.currency,
    expiresAt: new Date(row.expires_at).toISOString(),
    sessionId: row.session_id,
    participantId: row.participant_id,
    policyId: row.policy_id,
    createdAt: new Date(row.created_at).toISOString(),
    redeemedAt: row.redeemed_at === null ? null : new Date(row.redeemed_at).toISOString(),
    orderId: row.order_id,
  };
}

/** Only the fields of the shared `Offer` event contract. */
export function toOffer(offer: StoredOffer): Offer {
  const { code, productId, variantId, discountPercent, unitPrice, offerPrice, currency, expiresAt } = offer;
  return { code, productId, variantId, discountPercent, unitPrice, offerPrice, currency, expiresAt };
}

export async function readOffer(db: Queryable, code: string, options: { forUpdate?: boolean } = {}): Promise<StoredOffer | null> {
  const { rows } = await db.query<OfferRow>(
    `select ${columns} from offers where code = $1${options.forUpdate ? ' for update' : ''}`,
    [normaliseOfferCode(code)],
  );
  return rows[0] ? toStoredOffer(rows[0]) : null;
}

export async function readSessionOffers(db: Queryable, sessionId: string): Promise<StoredOffer[]> {
  const { rows } = await db.query<OfferRow>(`select ${columns} from offers where session_id = $1 order by created_at, code`, [
    sessionId.trim(),
  ]);
  return rows.map(toStoredOffer);
}

/**
 * Marks an offer used by an order in one conditional update: only an unexpired, unredeemed offer
 * of that participant, so two orders can never both redeem it.
 */
export async function redeemOffer(
  db: Queryable,
  code: string,
  redemption: { orderId: string; participantId: string },
  now: Date,
): Promise<RedemptionResult> {
  const { rows } = await db.query<OfferRow>(
    `update offers set redeemed_at = $4, order_id = $2
     where code = $1 and participant_id = $3 and redeemed_at is null and expires_at > $4
     returning ${columns}`,
    [normaliseOfferCode(code), redemption.orderId, redemption.participantId, now.toISOString()],
  );
  if (rows[0]) return { redeemed: true, offer: toStoredOffer(rows[0]) };
  const offer = await readOffer(db, code);
  if (!offer || offer.participantId !== redemption.participantId) {
    // Someone else's code is reported as unknown: it must not confirm that the code exists.
    return { redeemed: false, rule: offer ? 'wrong-participant' : 'not-found', reason: "That offer code isn't one of yours." };
  }
  if (offer.redeemedAt) return { redeemed: false, rule: 'already-redeemed', reason: 'That offer has already been used.' };
  return { redeemed: false, rule: 'expired', reason: 'That offer has expired.' };
}
