import type { StoredOffer } from './offer-records.ts';

/**
 * What a shopper hears when no offer is made. Polite, specific enough to act on, and never a
 * figure of the store's own rules (budget, stock thresholds): the model relays these verbatim.
 */
export const offerRefusals = {
  productNotFound: "I couldn't find that product in our catalog, so I can't make an offer on it.",
  variantNotFound: (title: string) => `I couldn't find that option of ${title}, so I can't make an offer on it — which size or colour would you like?`,
  disabled: (title: string) => `Personal offers aren't available on ${title}, but I'm happy to help you with it at the regular price.`,
  soldOut: (title: string) => `${title} is sold out right now, so I can't make an offer on it.`,
  lowStock: (title: string) => `${title} is nearly sold out, so I can't add an offer on it — it's still available at the regular price.`,
  budget: "This show's special offers have all been given out for now — I'm sorry! The regular prices still apply.",
  viewerLimit: (latest: StoredOffer | undefined, limit: number, now: Date) => {
    const start = limit === 1 ? "I've already given you this show's offer" : "You've already received this show's offers";
    if (!latest) return `${start}.`;
    if (latest.redeemedAt) return `${start}, and you've used it — thank you!`;
    const minutesLeft = Math.ceil((Date.parse(latest.expiresAt) - now.getTime()) / 60_000);
    if (minutesLeft <= 0) return `${start}, and it has expired since — offers are limited per viewer each show.`;
    const still = limit === 1 ? "it's still yours" : 'the latest is still yours';
    return `${start} — ${still} for ${minutesLeft === 1 ? 'one more minute' : `another ${minutesLeft} minutes`}.`;
  },
};
