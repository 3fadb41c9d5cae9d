import type { BrainEvent, ProductCard, SessionMode } from '../core/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Commerce } from './commerce/commerce.ts';
import type { FactBook } from './grounding/fact-book.ts';
import type { OfferDesk } from './offers/offer-decision.ts';

/** What the brain needs from the rest of vitrine; tests pass real implementations. */
export interface BrainDependencies {
  knowledge: Pick<Knowledge, 'db' | 'search'>;
  offers: OfferDesk;
  commerce: Commerce;
  clock: () => Date;
  /** Where a shopper books a one-to-one call (filled in by the booking work). */
  bookingUrl?: string;
}

/** One turn of one participant: what tools may read and where their effects are collected. */
export interface TurnContext {
  turnId: string;
  sessionId: string;
  participantId: string;
  mode: SessionMode;
  deps: BrainDependencies;
  /** Every figure a tool returned this turn: the verifier allows only these. */
  facts: FactBook;
  /** Product cards to show, by product id, in the order first shown. */
  cards: Map<string, ProductCard>;
  /** Offers, cart links and handoffs the tools produced; emitted after the reply is verified. */
  events: BrainEvent[];
  /** Searches run this turn, to bound the tool loop. */
  searches: string[];
}
