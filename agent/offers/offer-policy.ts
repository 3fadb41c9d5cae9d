import { z } from 'zod';

/** Where a policy applies; a product policy beats a category one, which beats brand, then store. */
export const offerPolicyScopes = ['store', 'brand', 'category', 'product'] as const;
export type OfferPolicyScope = (typeof offerPolicyScopes)[number];

/** The rules of one policy (see the schema below for each field). */
export interface OfferPolicySettings {
  maxDiscountPercent: number;
  perViewerLimit: number;
  perShowBudget: number | null;
  expiryMinutes: number;
  minStock: number;
}

/** The rules when no policy is configured: at most 10% off one item, one offer per viewer per session, 15 minutes. */
export const defaultOfferPolicySettings: Readonly<OfferPolicySettings> = {
  maxDiscountPercent: 10,
  perViewerLimit: 1,
  perShowBudget: null,
  expiryMinutes: 15,
  minStock: 1,
};

const percent = z
  .number({ error: 'must be a number' })
  .min(0, 'must be between 0 and 90')
  .max(90, 'must be between 0 and 90')
  .transform((value) => Math.round(value * 100) / 100);

/** Settings of one policy; omitted fields take the defaults above. */
export const offerPolicySettingsSchema = z.object({
  /** The largest discount an offer may carry, in percent of the unit price (0 disables offers). */
  maxDiscountPercent: percent.default(defaultOfferPolicySettings.maxDiscountPercent),
  /** Offers one viewer may receive per session (show or call); 0 disables offers. */
  perViewerLimit: z.number().int('must be a whole number').min(0, 'must be 0 or more').default(defaultOfferPolicySettings.perViewerLimit),
  /** Total discount value, in the store's currency, that offers may give away per session; null = unlimited. */
  perShowBudget: z
    .number()
    .min(0, 'must be 0 or more')
    .transform((value) => Math.round(value * 100) / 100)
    .nullable()
    .default(defaultOfferPolicySettings.perShowBudget),
  /** How long an offer stays valid after it is made. */
  expiryMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be between 1 and 1440 minutes')
    .max(1440, 'must be between 1 and 1440 minutes')
    .default(defaultOfferPolicySettings.expiryMinutes),
  /** Units of the product (or the variant) that must be in stock for an offer; 0 = no check. */
  minStock: z.number().int('must be a whole number').min(0, 'must be 0 or more').default(defaultOfferPolicySettings.minStock),
});

export type OfferPolicySettingsInput = z.input<typeof offerPolicySettingsSchema>;

/** A configured policy as stored in `offer_policies`. */
export interface OfferPolicy {
  /** Deterministic: `store`, `brand:<lower brand>`, `category:<lower category>`, `product:<product id>`. */
  id: string;
  scope: OfferPolicyScope;
  /** Brand, category or product id; null for the store-wide policy. */
  target: string | null;
  settings: OfferPolicySettings;
  updatedAt: string;
}

/** The policy that governs one product: the most specific configured one, or the default (`policy` null). */
export interface ResolvedOfferPolicy {
  policy: OfferPolicy | null;
  settings: OfferPolicySettings;
}

/** Higher wins when several policies match one product. */
export const scopeSpecificity: Record<OfferPolicyScope, number> = { store: 0, brand: 1, category: 2, product: 3 };

/** The id a policy for this scope and target gets; brand and category compare case-insensitively. */
export function offerPolicyId(scope: OfferPolicyScope, target: string | null): string {
  if (scope === 'store') return 'store';
  const key = scope === 'product' ? target! : target!.toLowerCase();
  return `${scope}:${key}`;
}
