import { type ReactNode, useState } from 'react';
import type { ProductCard as Card } from '../../../core/index.ts';
import { formatMoney } from '../lib/format.ts';
import './product-card.css';

interface ProductCardProps {
  card: Card;
  /** Called with the chosen variant when the shopper presses Buy now; no button without it. */
  onBuy?: (card: Card, variantId: string) => void;
  busy?: boolean;
  /** A line shown above the price (for example the shopper's own offer on this product). */
  note?: ReactNode;
}

/** A shoppable card: price, variants with their stock, Buy now. Everything shown comes from the card the server sent. */
export function ProductCard({ card, onBuy, busy, note }: ProductCardProps) {
  const [imageFailed, setImageFailed] = useState(false);
  const buyable = card.variants.filter((variant) => variant.inventory === null || variant.inventory > 0);
  const [variantId, setVariantId] = useState(buyable[0]?.id ?? card.variants[0]?.id ?? '');
  const variant = card.variants.find((candidate) => candidate.id === variantId);
  const price = variant?.price ?? card.price;
  return (
    <article className="product-card card" data-product-id={card.productId}>
      {card.image && !imageFailed ? (
        <img className="product-card-image" src={card.image} alt="" loading="lazy" width={72} height={72} onError={() => setImageFailed(true)} />
      ) : (
        <div className="product-card-image placeholder" aria-hidden="true">
          {card.title.slice(0, 1)}
        </div>
      )}
      <div className="product-card-body">
        <h3>{card.title}</h3>
        {card.brand ? <p className="muted product-card-brand">{card.brand}</p> : null}
        {note ? <p className="product-card-note">{note}</p> : null}
        <div className="product-card-facts">
          <p className="product-card-price">
            <strong>{formatMoney(price, card.currency)}</strong>
            {card.compareAtPrice && card.compareAtPrice > price ? <s className="muted"> {formatMoney(card.compareAtPrice, card.currency)}</s> : null}
          </p>
          <p className={`product-card-stock ${card.inStock ? 'muted' : 'error'}`}>{stockText(card.stock, card.inStock)}</p>
        </div>
      </div>
      {card.variants.length > 1 || onBuy ? (
        <div className="product-card-actions">
          {card.variants.length > 1 ? (
            <label className="product-card-option">
              <span className="visually-hidden">Option</span>
              <select value={variantId} onChange={(event) => setVariantId(event.target.value)} aria-label={`Option for ${card.title}`}>
                {card.variants.map((option) => (
                  <option key={option.id} value={option.id} disabled={option.inventory !== null && option.inventory <= 0}>
                    {option.title}
                    {option.inventory !== null && option.inventory <= 0 ? ' — sold out' : option.inventory !== null && option.inventory <= 5 ? ` — ${option.inventory} left` : ''}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {onBuy ? (
            <button type="button" className="product-card-buy" disabled={busy || !card.inStock || !variantId} onClick={() => onBuy(card, variantId)}>
              Buy now
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

function stockText(stock: number | null, inStock: boolean): string {
  if (!inStock) return 'Sold out';
  if (stock === null) return 'In stock';
  return stock <= 5 ? `Only ${stock} left` : `In stock (${stock})`;
}
