import { useEffect, useState } from 'react';
import type { ProductCard, Show } from '../../../core/index.ts';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { errorMessage } from '../lib/api.ts';
import { formatMoney } from '../lib/format.ts';
import type { StaffApi } from '../lib/staff-session.ts';

interface OfferResult {
  granted: number;
  refused: { participantId: string; reason: string }[];
}

/** Pin a product for everyone, or send every viewer their own offer on it. */
export function PushPanel({ show, lineup, call }: { show: Show; lineup: ProductCard[]; call: StaffApi }) {
  const [products, setProducts] = useState<ProductCard[]>([]);
  const [productId, setProductId] = useState('');
  const [discount, setDiscount] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<[string, number][]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call<{ products: ProductCard[] }>('/api/products?limit=100')
      .then((answer) => setProducts(answer.products))
      .catch((failure: Error) => setError(`Could not load the catalog: ${failure.message}`));
  }, [call]);
  useEffect(() => {
    if (!productId && lineup[0]) setProductId(lineup[0].productId);
  }, [lineup, productId]);

  const others = products.filter((product) => !lineup.some((item) => item.productId === product.productId));
  const chosen = [...lineup, ...products].find((product) => product.productId === productId);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setResult(null);
    setRefusals([]);
    try {
      setResult(await action());
    } catch (failure) {
      setError(errorMessage(failure, 'That did not work. Try again.'));
    } finally {
      setBusy(false);
    }
  };
  const pin = () =>
    run(async () => {
      const answer = await call<{ card: ProductCard }>(`/api/shows/${encodeURIComponent(show.id)}/pin`, { body: { productId } });
      return `Pinned “${answer.card.title}” for everyone.`;
    });
  const offer = () =>
    run(async () => {
      const percent = discount.trim() ? Number(discount) : undefined;
      const answer = await call<OfferResult>(`/api/shows/${encodeURIComponent(show.id)}/offers`, { body: { productId, ...(percent !== undefined ? { discountPercent: percent } : {}) } });
      const counts = new Map<string, number>();
      for (const refusal of answer.refused) counts.set(refusal.reason, (counts.get(refusal.reason) ?? 0) + 1);
      setRefusals([...counts]);
      return `Offer sent to ${answer.granted} viewer${answer.granted === 1 ? '' : 's'}${answer.refused.length ? `; ${answer.refused.length} refused` : ''}.`;
    });

  return (
    <section className="card stack" aria-labelledby="push-heading">
      <h2 id="push-heading">Push to everyone</h2>
      <label>
        Product
        <select value={productId} onChange={(event) => setProductId(event.target.value)} name="productId">
          <option value="">Choose a product…</option>
          {lineup.length ? (
            <optgroup label="This show's lineup">
              {lineup.map((product) => (
                <option key={product.productId} value={product.productId}>
                  {product.title}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label="Catalog">
            {others.map((product) => (
              <option key={product.productId} value={product.productId}>
                {product.title}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {chosen ? (
        <p className="muted">
          {formatMoney(chosen.price, chosen.currency)} · {chosen.inStock ? (chosen.stock === null ? 'in stock' : `${chosen.stock} in stock`) : 'sold out'}
        </p>
      ) : null}
      <label>
        Discount % (optional; the offer policy caps it)
        <input type="number" inputMode="decimal" min={1} max={90} step={1} value={discount} onChange={(event) => setDiscount(event.target.value)} placeholder="Policy maximum" name="discountPercent" />
      </label>
      <div className="row">
        <button type="button" onClick={pin} disabled={!productId || busy}>
          Pin product
        </button>
        <button type="button" className="secondary" onClick={offer} disabled={!productId || busy}>
          Send offer
        </button>
      </div>
      <div aria-live="polite">
        {result ? <p className="notice push-result">{result}</p> : null}
        {refusals.length ? (
          <ul className="muted push-refusals">
            {refusals.map(([reason, count]) => (
              <li key={reason}>
                {count} × {reason}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <ErrorMessage message={error} />
    </section>
  );
}
