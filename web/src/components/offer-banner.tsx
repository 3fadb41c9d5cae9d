import { useEffect, useState } from 'react';
import type { Offer } from '../../../core/index.ts';
import { formatMoney } from '../lib/format.ts';
import './offer-banner.css';

interface OfferBannerProps {
  offer: Offer;
  /** The product's title from its server card, when the page has it. */
  productTitle: string | null;
  /** Buys the offered product with the code; no button without it. */
  onBuy?: (offer: Offer) => void;
  busy?: boolean;
}

/** A personal offer with a live countdown to its expiry; once expired it says so and stops offering to buy. */
export function OfferBanner({ offer, productTitle, onBuy, busy }: OfferBannerProps) {
  const remainingMs = useRemaining(offer.expiresAt);
  const expired = remainingMs <= 0;
  return (
    <section className={`offer-banner${expired ? ' expired' : ''}`} aria-label="Your offer" data-offer-code={offer.code}>
      <div className="offer-banner-main">
        <p className="offer-banner-title">
          <span className="offer-banner-percent">{formatPercent(offer.discountPercent)} off</span> {productTitle ?? 'this product'}
        </p>
        <p className="offer-banner-prices">
          <strong>{formatMoney(offer.offerPrice, offer.currency)}</strong> <s>{formatMoney(offer.unitPrice, offer.currency)}</s>
          <span className="offer-banner-code">
            Code <code>{offer.code}</code>
          </span>
        </p>
      </div>
      <div className="offer-banner-side">
        {expired ? (
          <p className="offer-banner-timer" role="status">
            Offer expired
          </p>
        ) : (
          <p className="offer-banner-timer">
            <span className="muted">Ends in</span>{' '}
            <time dateTime={offer.expiresAt} aria-label={`Ends in ${spokenRemaining(remainingMs)}`}>
              {formatCountdown(remainingMs)}
            </time>
          </p>
        )}
        {onBuy && !expired ? (
          <button type="button" onClick={() => onBuy(offer)} disabled={busy}>
            Buy with offer
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** Milliseconds until `iso`, refreshed every second while positive. */
function useRemaining(iso: string): number {
  const target = Date.parse(iso);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (target - Date.now() <= 0) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (target - current <= 0) clearInterval(timer);
    }, 1_000);
    return () => clearInterval(timer);
  }, [target]);
  return Number.isNaN(target) ? 0 : target - now;
}

/** mm:ss (h:mm:ss past an hour), rounded up so "00:00" only shows when the offer is over. */
export function formatCountdown(remainingMs: number): string {
  const total = Math.max(0, Math.ceil(remainingMs / 1_000));
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

function spokenRemaining(remainingMs: number): string {
  const minutes = Math.ceil(remainingMs / 60_000);
  return minutes <= 1 ? 'less than a minute' : `${minutes} minutes`;
}

function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}
