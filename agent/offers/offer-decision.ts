import type { Offer } from '../../core/index.ts';

/** What the model (or a host) asks for; the engine decides. */
export interface OfferRequest {
  sessionId: string;
  participantId: string;
  productId: string;
  variantId?: string;
  /** The discount asked for; the engine grants at most what the policy allows. */
  requestedPercent?: number;
}

/** Why an offer was refused, for analytics and tests; `reason` is the sentence for the shopper. */
export type OfferRefusalRule = 'viewer-limit' | 'budget' | 'min-stock' | 'not-found' | 'disabled';

export type OfferDecision =
  | { granted: true; offer: Offer; /** e.g. "20% was asked; the policy allows 10%" */ note: string | null }
  | { granted: false; rule: OfferRefusalRule; reason: string };

/** The one place offers are decided: the model may only ask. */
export interface OfferDesk {
  request(request: OfferRequest): Promise<OfferDecision>;
}
