import { useState } from 'react';
import type { CartLinkCreated, Offer, ProductCard as Card, RoomEvent } from '../../../core/index.ts';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { ProductCard } from '../components/product-card.tsx';
import { api, errorMessage } from '../lib/api.ts';
import { checkoutHref } from '../lib/checkout-link.ts';
import { formatMoney, formatTime } from '../lib/format.ts';

interface CallShopProps {
  roomId: string;
  events: RoomEvent[];
  token: string;
  /** Staff see what was shown but do not buy. */
  canBuy: boolean;
}

/** What the concierge showed in the call: product cards, the shopper's offers, a checkout link. */
export function CallShop({ roomId, events, token, canBuy }: CallShopProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cards = latestCards(events);
  const offers = events.flatMap((item) => (item.event.type === 'offer-create' ? [item.event.offer] : []));
  const cartLink = events.findLast((item) => item.event.type === 'cart-link-create')?.event;
  const now = Date.now();
  const liveOffer = (productId: string): Offer | undefined => offers.findLast((offer) => offer.productId === productId && Date.parse(offer.expiresAt) > now);

  const buy = async (card: Card, variantId: string) => {
    setBusy(true);
    setError(null);
    try {
      const offer = liveOffer(card.productId);
      const cart = await api<CartLinkCreated>('/api/carts', {
        token,
        body: { roomId, lines: [{ productId: card.productId, variantId, quantity: 1 }], ...(offer ? { offerCode: offer.code } : {}) },
      });
      location.assign(checkoutHref(cart.url));
    } catch (failure) {
      setError(errorMessage(failure, 'Could not start the checkout. Please try again.'));
      setBusy(false);
    }
  };

  if (cards.length === 0 && offers.length === 0 && !cartLink) {
    return (
      <section className="call-shop" aria-label="Products in this call">
        <p className="muted">Products the concierge shows you appear here, with their live price and stock.</p>
      </section>
    );
  }
  const titleOf = (productId: string) => cards.find((card) => card.productId === productId)?.title ?? 'this product';
  return (
    <section className="call-shop stack" aria-label="Products in this call">
      {cartLink && cartLink.type === 'cart-link-create' ? (
        <div className="call-checkout notice">
          <p>
            Your cart: {cartLink.lines.reduce((sum, line) => sum + line.quantity, 0)} item(s), <strong>{formatMoney(cartLink.total, cartLink.currency)}</strong>
          </p>
          <a className="button" href={checkoutHref(cartLink.url)}>
            Go to checkout
          </a>
        </div>
      ) : null}
      {offers.map((offer) => (
        <p key={offer.code} className={`call-offer${Date.parse(offer.expiresAt) > now ? '' : ' expired'}`} data-offer-code={offer.code}>
          <span className="badge live">{offer.discountPercent}% off</span> {titleOf(offer.productId)}: {formatMoney(offer.offerPrice, offer.currency)} instead of{' '}
          {formatMoney(offer.unitPrice, offer.currency)} · code <code>{offer.code}</code> · until {formatTime(offer.expiresAt)}
        </p>
      ))}
      <ErrorMessage message={error} />
      <div className="call-cards">
        {cards.map((card) => (
          <ProductCard key={card.productId} card={card} busy={busy} onBuy={canBuy ? buy : undefined} />
        ))}
      </div>
    </section>
  );
}

/** The cards shown in the call, newest first, each product once (its latest card: fresh price and stock). */
function latestCards(events: RoomEvent[]): Card[] {
  const byProduct = new Map<string, Card>();
  for (const item of events) {
    if (item.event.type === 'product-card-show' || item.event.type === 'product-pin') {
      byProduct.delete(item.event.card.productId);
      byProduct.set(item.event.card.productId, item.event.card);
    }
  }
  return [...byProduct.values()].reverse().slice(0, 6);
}
