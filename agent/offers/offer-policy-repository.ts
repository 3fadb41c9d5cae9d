import { z } from 'zod';
import { AppError } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import { normaliseReference } from './normalise-reference.ts';
import {
  defaultOfferPolicySettings,
  type OfferPolicy,
  type OfferPolicyScope,
  offerPolicyId,
  offerPolicyScopes,
  offerPolicySettingsSchema,
  type ResolvedOfferPolicy,
  scopeSpecificity,
} from './offer-policy.ts';

interface PolicyRow {
  id: string;
  scope: OfferPolicyScope;
  target: string | null;
  settings: unknown;
  updated_at: Date | string;
}

export const offerPolicyUpsertSchema = z
  .object({
    scope: z.enum(offerPolicyScopes, { error: `must be one of ${offerPolicyScopes.join(', ')}` }),
    target: z.string().transform(normaliseReference).nullable().optional(),
    settings: offerPolicySettingsSchema.default(() => offerPolicySettingsSchema.parse({})),
  })
  .superRefine((input, context) => {
    if (input.scope === 'store' && input.target) {
      context.addIssue({ code: 'custom', path: ['target'], message: 'must be empty for the store-wide policy' });
    }
    if (input.scope !== 'store' && !input.target) {
      context.addIssue({ code: 'custom', path: ['target'], message: `must name the ${input.scope} the policy applies to` });
    }
  });

export type OfferPolicyUpsert = z.input<typeof offerPolicyUpsertSchema>;

/** Every configured policy, most general first. */
export async function listOfferPolicies(db: Queryable): Promise<OfferPolicy[]> {
  const { rows } = await db.query<PolicyRow>('select id, scope, target, settings, updated_at from offer_policies');
  return rows.map(toPolicy).sort((a, b) => scopeSpecificity[a.scope] - scopeSpecificity[b.scope] || a.id.localeCompare(b.id));
}

/**
 * Creates or replaces the policy of one scope and target (omitted settings take the defaults).
 * Bad input is an `invalid-input` AppError listing every problem.
 */
export async function upsertOfferPolicy(db: Queryable, input: OfferPolicyUpsert): Promise<OfferPolicy> {
  const parsed = offerPolicyUpsertSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'policy'}: ${issue.message}`);
    throw new AppError('invalid-input', `Invalid offer policy: ${problems.join('; ')}`);
  }
  const { scope, settings } = parsed.data;
  const target = scope === 'store' ? null : parsed.data.target!;
  const { rows } = await db.query<PolicyRow>(
    `insert into offer_policies (id, scope, target, settings, updated_at) values ($1, $2, $3, $4, now())
     on conflict (id) do update set target = excluded.target, settings = excluded.settings, updated_at = now()
     returning id, scope, target, settings, updated_at`,
    [offerPolicyId(scope, target), scope, target, JSON.stringify(settings)],
  );
  return toPolicy(rows[0]!);
}

/** Removes a policy; false when there was none with this id. */
export async function deleteOfferPolicy(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('delete from offer_policies where id = $1 returning id', [id.trim()]);
  return rows.length > 0;
}

/** The policy for a product: product > category > brand > store > the default. */
export async function resolveOfferPolicy(
  db: Queryable,
  product: { id: string; brand?: string | null; category?: string | null },
): Promise<ResolvedOfferPolicy> {
  const { rows } = await db.query<PolicyRow>(
    `select id, scope, target, settings, updated_at from offer_policies
     where scope = 'store'
        or (scope = 'product' and target = $1)
        or (scope = 'brand' and lower(target) = lower($2))
        or (scope = 'category' and lower(target) = lower($3))`,
    [product.id, product.brand ?? null, product.category ?? null],
  );
  const best = rows.map(toPolicy).sort((a, b) => scopeSpecificity[b.scope] - scopeSpecificity[a.scope])[0];
  return best ? { policy: best, settings: best.settings } : { policy: null, settings: { ...defaultOfferPolicySettings } };
}

function toPolicy(row: PolicyRow): OfferPolicy {
  const settings = offerPolicySettingsSchema.safeParse(row.settings);
  // Fail closed: a hand-edited, broken policy must not silently fall back to a more generous one.
  if (!settings.success) {
    throw new AppError('internal', `Offer policy "${row.id}" has invalid settings (${settings.error.issues[0]?.message}); save it again from the admin.`);
  }
  return {
    id: row.id,
    scope: row.scope,
    target: row.target,
    settings: settings.data,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
