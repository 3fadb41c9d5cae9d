import type { Offer, ProductCard, RoomEvent } from '../../../core/index.ts';

/** A cart link the AI host made for this shopper. */
export interface HostCartLink {
  url: string;
  total: number;
  currency: string;
  items: number;
  offerCode: string | null;
}

/**
 * What the captions show: the last thing the host said to everyone or to this viewer (the room
 * only sends us those). While a reply streams in, its sentences so far.
 */
export function latestCaption(events: RoomEvent[]): string | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!.event;
    if (event.type === 'reply' || event.type === 'host-say') return event.text;
    if (event.type === 'reply-delta') {
      const turnId = event.turnId;
      const finished = events.some((item) => item.event.type === 'reply' && item.event.turnId === turnId);
      if (finished) continue;
      return events
        .filter((item) => item.event.type === 'reply-delta' && item.event.turnId === turnId)
        .map((item) => (item.event as { text: string }).text.trim())
        .join(' ');
    }
  }
  return null;
}

/**
 * The products on show, most recent first and each once: cards the AI showed or a host pinned,
 * products the host presented or offered, then the show's featured product. Every card is one
 * the server sent; `known` holds cards from the lineup or fetched for an offer.
 */
export function showcaseCards(events: RoomEvent[], featured: ProductCard | null, known: ReadonlyMap<string, ProductCard>): { cards: ProductCard[]; missing: string[] } {
  const cards: ProductCard[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (productId: string, card: ProductCard | undefined) => {
    if (seen.has(productId)) return;
    seen.add(productId);
    if (card) cards.push(card);
    else missing.push(productId);
  };
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!.event;
    if (event.type === 'product-card-show' || event.type === 'product-pin') add(event.card.productId, event.card);
    else if (event.type === 'host-say' && event.productId) add(event.productId, known.get(event.productId));
    else if (event.type === 'offer-create') add(event.offer.productId, known.get(event.offer.productId));
  }
  if (featured) add(featured.productId, featured);
  return { cards, missing };
}

/** Every product card the room has sent, by product id (the latest one wins: fresher stock). */
export function cardsFromEvents(events: RoomEvent[]): Map<string, ProductCard> {
  const cards = new Map<string, ProductCard>();
  for (const item of events) {
    if (item.event.type === 'product-card-show' || item.event.type === 'product-pin') cards.set(item.event.card.productId, item.event.card);
  }
  return cards;
}

/** The offers made to this viewer, newest first. */
export function myOffers(events: RoomEvent[]): Offer[] {
  const offers: Offer[] = [];
  for (const item of events) if (item.event.type === 'offer-create') offers.unshift(item.event.offer);
  return offers;
}

/** The newest offer on this product that has not expired at `now`. */
export function liveOfferFor(offers: Offer[], productId: string, now: number): Offer | null {
  return offers.find((offer) => offer.productId === productId && Date.parse(offer.expiresAt) > now) ?? null;
}

/** The last cart link the AI host made for this viewer. */
export function latestCartLink(events: RoomEvent[]): HostCartLink | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!.event;
    if (event.type === 'cart-link-create') {
      return { url: event.url, total: event.total, currency: event.currency, items: event.lines.reduce((sum, line) => sum + line.quantity, 0), offerCode: event.offerCode };
    }
  }
  return null;
}

/** The text the host should say aloud for a newly arrived event, or null; replies already spoken sentence by sentence are not repeated. */
export function spokenText(item: RoomEvent, turnsSpokenByDelta: Set<string>): string | null {
  const event = item.event;
  if (event.type === 'host-say') return event.text;
  if (event.type === 'reply-delta') {
    turnsSpokenByDelta.add(event.turnId);
    return event.text;
  }
  if (event.type === 'reply') return turnsSpokenByDelta.has(event.turnId) ? null : event.text;
  return null;
}
