import { useEffect, useRef } from 'react';
import type { Offer, ProductCard as Card } from '../../../core/index.ts';
import { OfferBanner } from '../components/offer-banner.tsx';
import { ProductCard } from '../components/product-card.tsx';
import { checkoutHref } from '../lib/checkout-link.ts';
import { formatMoney } from '../lib/format.ts';
import { type HostCartLink, liveOfferFor } from './viewer-show-state.ts';

interface ViewerShopProps {
  cards: Card[];
  offers: Offer[];
  cartLink: HostCartLink | null;
  known: ReadonlyMap<string, Card>;
  /** The product id being put in a cart, while it is. */
  buying: string | null;
  buyError: string | null;
  onBuy: (card: Card, variantId: string) => void;
  onBuyOffer: (offer: Offer) => void;
}

/** Remembers the show so the checkout page can link back to it. */
export function rememberShowForCheckout() {
  try {
    sessionStorage.setItem('vitrine.return-to', location.pathname);
  } catch {
    // Private mode without storage: the checkout links to the home show instead.
  }
}


/** Under the stage: the shopper's offer with its countdown, a cart the AI host prepared, and the product strip. */
export function ViewerShop({ cards, offers, cartLink, known, buying, buyError, onBuy, onBuyOffer }: ViewerShopProps) {
  const latestOffer = offers[0] ?? null;
  const now = Date.now();
  const stripRef = useRef<HTMLUListElement>(null);
  const leadingProduct = cards[0]?.productId;
  // A product just presented goes first; scroll-snap would otherwise keep the old first card in view.
  useEffect(() => {
    stripRef.current?.scrollTo({ left: 0, behavior: 'smooth' });
  }, [leadingProduct]);
  return (
    <div className="viewer-shop">
      {latestOffer ? (
        <OfferBanner key={latestOffer.code} offer={latestOffer} productTitle={known.get(latestOffer.productId)?.title ?? null} onBuy={onBuyOffer} busy={buying !== null} />
      ) : null}
      {cartLink ? (
        <section className="viewer-cart" aria-label="Your cart">
          <p>
            <strong>Your cart is ready</strong>
            <span className="muted">
              {' '}
              · {cartLink.items} {cartLink.items === 1 ? 'item' : 'items'} · total {formatMoney(cartLink.total, cartLink.currency)}
              {cartLink.offerCode ? ` · offer ${cartLink.offerCode}` : ''}
            </span>
          </p>
          <a className="button" href={checkoutHref(cartLink.url)} onClick={rememberShowForCheckout}>
            Go to checkout
          </a>
        </section>
      ) : null}
      {buyError ? (
        <p className="notice error viewer-buy-error" role="alert">
          {buyError}
        </p>
      ) : null}
      <section className="viewer-products" aria-label="Products in this show">
        <h2>In this show</h2>
        {cards.length === 0 ? (
          <p className="muted">Products appear here as the host presents them.</p>
        ) : (
          <ul className="product-strip" ref={stripRef}>
            {cards.map((card) => {
              const offer = liveOfferFor(offers, card.productId, now);
              return (
                <li key={card.productId}>
                  <ProductCard
                    card={card}
                    onBuy={onBuy}
                    busy={buying !== null}
                    note={offer ? `Your offer: ${offer.discountPercent}% off with ${offer.code}` : undefined}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
