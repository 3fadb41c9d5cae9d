import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { AppError } from '../../core/index.ts';
import { type Database, getProduct, type Product, productPrice, productStock, type Queryable } from '../../knowledge/index.ts';
import { fromCents, toCents } from './money.ts';
import { normaliseReference } from './normalise-reference.ts';
import { generateOfferCode } from './offer-code.ts';
import type { OfferDecision, OfferDesk, OfferRefusalRule, OfferRequest } from './offer-decision.ts';
import { resolveOfferPolicy } from './offer-policy-repository.ts';
import { type OfferRow, readOffer, readSessionOffers, redeemOffer, type RedemptionResult, type StoredOffer, toOffer, toStoredOffer } from './offer-records.ts';
import { offerRefusals } from './offer-refusals.ts';

export interface OfferEngineDependencies {
  db: Database;
  /** Decides expiry; injected so tests control time. */
  clock: () => Date;
  /** Source of offer-code randomness; node:crypto by default. */
  randomBytes?: (size: number) => Buffer;
}

const CODE_ATTEMPTS = 8;

/**
 * The one place offers are decided and kept. The model may only ask; the engine checks the
 * policy, the catalog and what this session already gave away, inside one transaction.
 */
export class OfferEngine implements OfferDesk {
  /** The time authority for offers: checkout uses it to judge expiry too. */
  readonly clock: () => Date;
  private readonly db: Database;
  private readonly randomBytes: (size: number) => Buffer;

  constructor(deps: OfferEngineDependencies) {
    this.db = deps.db;
    this.clock = deps.clock;
    this.randomBytes = deps.randomBytes ?? cryptoRandomBytes;
  }

  /** Grants an offer within the policy, or refuses with a sentence for the shopper. */
  async request(request: OfferRequest): Promise<OfferDecision> {
    const sessionId = request.sessionId.trim();
    const participantId = request.participantId.trim();
    if (!sessionId || !participantId) throw new AppError('invalid-input', 'An offer request needs a session id and a participant id.');
    const productId = normaliseReference(request.productId);
    const variantId = request.variantId === undefined ? undefined : normaliseReference(request.variantId) || undefined;

    return this.db.transaction(async (tx) => {
      // One session at a time: two requests of one viewer cannot both pass the limit, nor two
      // viewers both spend the last of the budget (PostgreSQL; PGlite serialises anyway).
      await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`vitrine:offers:${sessionId}`]);
      const now = this.clock();
      const product = productId ? await getProduct(tx, productId) : null;
      if (!product) return refuse('not-found', offerRefusals.productNotFound);
      const variant = variantId === undefined ? undefined : product.variants.find((candidate) => candidate.id === variantId);
      if (variantId !== undefined && !variant) return refuse('not-found', offerRefusals.variantNotFound(product.title));
      const title = variant && product.variants.length > 1 ? `${product.title} in ${variant.title}` : product.title;

      const { policy, settings } = await resolveOfferPolicy(tx, product);
      if (settings.perViewerLimit === 0 || settings.maxDiscountPercent === 0) return refuse('disabled', offerRefusals.disabled(product.title));

      const viewerOffers = await this.viewerOffers(tx, sessionId, participantId);
      if (viewerOffers.length >= settings.perViewerLimit) {
        return refuse('viewer-limit', offerRefusals.viewerLimit(viewerOffers.at(-1), settings.perViewerLimit, now));
      }

      const stock = variant ? variant.inventory : productStock(product);
      if (settings.minStock > 0 && stock !== null && stock < settings.minStock) {
        return refuse('min-stock', stock <= 0 ? offerRefusals.soldOut(title) : offerRefusals.lowStock(title));
      }

      const maxPercent = settings.maxDiscountPercent;
      const asked = request.requestedPercent;
      const wanted = asked !== undefined && Number.isFinite(asked) && asked > 0 ? Math.round(asked * 100) / 100 : maxPercent;
      const percent = Math.min(wanted, maxPercent);
      const unitCents = toCents(variant ? variant.price : productPrice(product));
      const offerCents = Math.round((unitCents * (100 - percent)) / 100);

      if (settings.perShowBudget !== null) {
        const spent = await this.committedDiscountCents(tx, sessionId, now);
        if (spent + (unitCents - offerCents) > toCents(settings.perShowBudget)) return refuse('budget', offerRefusals.budget);
      }

      const offer = await this.insertOffer(tx, {
        sessionId,
        participantId,
        product,
        variantId: variant?.id ?? null,
        percent,
        unitCents,
        offerCents,
        policyId: policy?.id ?? null,
        now,
        expiresAt: new Date(now.getTime() + settings.expiryMinutes * 60_000),
      });
      const note =
        wanted > maxPercent ? `${wanted}% was asked; the store's policy allows at most ${maxPercent}% on this item, so the offer is ${percent}% off.` : null;
      return { granted: true, offer: toOffer(offer), note };
    });
  }

  /** An offer by its code (case-insensitive), or null. */
  getOffer(code: string): Promise<StoredOffer | null> {
    return readOffer(this.db, code);
  }

  /**
   * Uses an offer for an order: only an unexpired, unredeemed offer of that participant, once.
   * Pass `within` to redeem inside the caller's transaction (checkout).
   */
  redeem(code: string, redemption: { orderId: string; participantId: string }, within?: Queryable): Promise<RedemptionResult> {
    return redeemOffer(within ?? this.db, code, { orderId: redemption.orderId, participantId: redemption.participantId.trim() }, this.clock());
  }

  /** Every offer made in a session, oldest first (host dashboard, analytics). */
  listSessionOffers(sessionId: string): Promise<StoredOffer[]> {
    return readSessionOffers(this.db, sessionId);
  }

  private async viewerOffers(tx: Queryable, sessionId: string, participantId: string): Promise<StoredOffer[]> {
    // Expired offers count too: letting one lapse must not earn a fresh one.
    const { rows } = await tx.query<OfferRow>(
      `select * from offers where session_id = $1 and participant_id = $2 order by created_at, code`,
      [sessionId, participantId],
    );
    return rows.map(toStoredOffer);
  }

  /** Discount value already promised this session: redeemed offers and offers that can still be used. */
  private async committedDiscountCents(tx: Queryable, sessionId: string, now: Date): Promise<number> {
    const { rows } = await tx.query<{ spent: number | string }>(
      `select coalesce(sum(unit_price - offer_price), 0) as spent from offers
       where session_id = $1 and (redeemed_at is not null or expires_at > $2)`,
      [sessionId, now.toISOString()],
    );
    return toCents(Number(rows[0]!.spent));
  }

  private async insertOffer(
    tx: Queryable,
    offer: {
      sessionId: string;
      participantId: string;
      product: Product;
      variantId: string | null;
      percent: number;
      unitCents: number;
      offerCents: number;
      policyId: string | null;
      now: Date;
      expiresAt: Date;
    },
  ): Promise<StoredOffer> {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const { rows } = await tx.query<OfferRow>(
        `insert into offers (code, session_id, participant_id, product_id, variant_id, discount_percent, unit_price,
                             offer_price, currency, policy_id, created_at, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         on conflict (code) do nothing
         returning *`,
        [
          generateOfferCode(this.randomBytes),
          offer.sessionId,
          offer.participantId,
          offer.product.id,
          offer.variantId,
          offer.percent,
          fromCents(offer.unitCents),
          fromCents(offer.offerCents),
          offer.product.currency,
          offer.policyId,
          offer.now.toISOString(),
          offer.expiresAt.toISOString(),
        ],
      );
      if (rows[0]) return toStoredOffer(rows[0]);
    }
    throw new AppError('internal', `No free offer code after ${CODE_ATTEMPTS} attempts: the random source repeats itself.`);
  }
}

function refuse(rule: OfferRefusalRule, reason: string): OfferDecision {
  return { granted: false, rule, reason };
}
