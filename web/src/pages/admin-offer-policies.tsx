import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ErrorMessage, StatusMessage } from '../components/form-feedback.tsx';
import { errorMessage } from '../lib/api.ts';
import type { StaffApi } from '../lib/staff-session.ts';

/** The settings of agent/offers/offer-policy.ts, as the API sends them. */
interface PolicySettings {
  maxDiscountPercent: number;
  perViewerLimit: number;
  perShowBudget: number | null;
  expiryMinutes: number;
  minStock: number;
}

interface Policy {
  id: string;
  scope: Scope;
  target: string | null;
  settings: PolicySettings;
  updatedAt: string;
}

type Scope = 'store' | 'brand' | 'category' | 'product';
const scopes: Scope[] = ['store', 'brand', 'category', 'product'];
/** The defaults of offer-policy.ts: what an omitted field becomes. */
const defaults: PolicySettings = { maxDiscountPercent: 10, perViewerLimit: 1, perShowBudget: null, expiryMinutes: 15, minStock: 1 };

interface Draft {
  /** Editing a stored policy: its scope and target name it, so they stay as they are. */
  existing: boolean;
  scope: Scope;
  target: string;
  maxDiscountPercent: string;
  perViewerLimit: string;
  perShowBudget: string;
  expiryMinutes: string;
  minStock: string;
}

function draftOf(policy: Pick<Policy, 'scope' | 'target' | 'settings'>, existing: boolean): Draft {
  const { settings } = policy;
  return {
    existing,
    scope: policy.scope,
    target: policy.target ?? '',
    maxDiscountPercent: String(settings.maxDiscountPercent),
    perViewerLimit: String(settings.perViewerLimit),
    perShowBudget: settings.perShowBudget === null ? '' : String(settings.perShowBudget),
    expiryMinutes: String(settings.expiryMinutes),
    minStock: String(settings.minStock),
  };
}

/** Offer rules per store, brand, category or product: the most specific one governs a product. */
export function OfferPolicies({ call }: { call: StaffApi }) {
  const [policies, setPolicies] = useState<Policy[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const load = useCallback(
    () =>
      call<{ policies: Policy[] }>('/api/admin/offer-policies')
        .then((answer) => setPolicies(answer.policies))
        .catch((failure: Error) => setError(failure.message)),
    [call],
  );
  useEffect(() => void load(), [load]);

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await action();
      setSaved(message);
      setDraft(null);
      await load();
    } catch (failure) {
      setError(errorMessage(failure, 'That did not work. Try again.'));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const number = (value: string) => (value.trim() === '' ? undefined : Number(value));
    const target = draft.scope === 'store' ? null : draft.target.trim();
    const settings = {
      maxDiscountPercent: number(draft.maxDiscountPercent),
      perViewerLimit: number(draft.perViewerLimit),
      perShowBudget: draft.perShowBudget.trim() === '' ? null : Number(draft.perShowBudget),
      expiryMinutes: number(draft.expiryMinutes),
      minStock: number(draft.minStock),
    };
    void run(() => call('/api/admin/offer-policies', { method: 'PUT', body: { scope: draft.scope, target, settings } }), 'Policy saved.');
  };
  const remove = (policy: Policy) => void run(() => call(`/api/admin/offer-policies/${encodeURIComponent(policy.id)}`, { method: 'DELETE' }), 'Policy deleted.');
  const field = (name: Exclude<keyof Draft, 'existing'>) => ({
    value: draft?.[name] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft((current) => (current ? { ...current, [name]: event.target.value } : current)),
    name,
  });

  return (
    <section className="card stack" aria-labelledby="policies-heading">
      <h2 id="policies-heading">Offer policies</h2>
      <p className="muted">A product policy beats a category one, which beats a brand one, then the store's. Without any: at most 10% off, one offer per viewer per show, valid 15 minutes.</p>
      {policies && policies.length === 0 ? <p className="muted">No policy yet: the defaults apply.</p> : null}
      {policies && policies.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Applies to</th>
                <th scope="col">Max %</th>
                <th scope="col">Expiry</th>
                <th scope="col">Per viewer</th>
                <th scope="col">Budget</th>
                <th scope="col">Min stock</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {policies.map((policy) => (
                <tr key={policy.id} data-policy-id={policy.id}>
                  <td>{policy.scope === 'store' ? 'Whole store' : `${policy.scope}: ${policy.target}`}</td>
                  <td>{policy.settings.maxDiscountPercent}%</td>
                  <td>{policy.settings.expiryMinutes} min</td>
                  <td>{policy.settings.perViewerLimit}</td>
                  <td>{policy.settings.perShowBudget ?? 'no limit'}</td>
                  <td>{policy.settings.minStock}</td>
                  <td>
                    <div className="row nowrap">
                      <button type="button" className="secondary" onClick={() => (setDraft(draftOf(policy, true)), setSaved(null))}>
                        Edit
                      </button>
                      <button type="button" className="secondary" onClick={() => remove(policy)} disabled={busy} aria-label={`Delete the ${policy.scope} policy ${policy.target ?? ''}`}>
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {draft ? (
        <form className="stack policy-form" onSubmit={save} aria-label="Offer policy">
          <div className="grid two">
            <label>
              Applies to
              <select {...field('scope')} disabled={draft.existing}>
                {scopes.map((scope) => (
                  <option key={scope} value={scope}>
                    {scope === 'store' ? 'Whole store' : scope}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {draft.scope === 'product' ? 'Product id' : draft.scope === 'store' ? 'Target' : `${draft.scope[0]!.toUpperCase()}${draft.scope.slice(1)} name`}
              <input {...field('target')} disabled={draft.scope === 'store' || draft.existing} required={draft.scope !== 'store'} placeholder={draft.scope === 'store' ? 'Every product' : ''} />
            </label>
            <label>
              Max discount (%)
              <input {...field('maxDiscountPercent')} type="number" min={0} max={90} step="any" />
            </label>
            <label>
              Expires after (minutes)
              <input {...field('expiryMinutes')} type="number" min={1} max={1440} step={1} />
            </label>
            <label>
              Offers per viewer per show
              <input {...field('perViewerLimit')} type="number" min={0} step={1} />
            </label>
            <label>
              Budget per show (currency; blank = no limit)
              <input {...field('perShowBudget')} type="number" min={0} step="any" />
            </label>
            <label>
              Minimum stock
              <input {...field('minStock')} type="number" min={0} step={1} />
            </label>
          </div>
          <div className="row">
            <button type="submit" disabled={busy}>
              Save policy
            </button>
            <button type="button" className="secondary" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => (setDraft(draftOf({ scope: 'brand', target: null, settings: defaults }, false)), setSaved(null))}>
          Add a policy
        </button>
      )}
      <StatusMessage message={saved} />
      <ErrorMessage message={error} />
    </section>
  );
}
