import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CheckoutCart, Order } from '../../../core/index.ts';
import { ErrorMessage, SubmitButton } from '../components/form-feedback.tsx';
import { api, errorMessage } from '../lib/api.ts';
import { formatMoney } from '../lib/format.ts';
import './checkout-page.css';

type CartLoad = { state: 'loading' } | { state: 'ready'; cart: CheckoutCart } | { state: 'failed'; message: string };

/** The built-in demo checkout: `/checkout?cart=<signed cart>`. No payment is taken. */
export function CheckoutPage() {
  const token = new URLSearchParams(location.search).get('cart');
  const [load, setLoad] = useState<CartLoad>(token ? { state: 'loading' } : { state: 'failed', message: 'This checkout link has no cart in it. Go back to the show and press Buy now.' });
  // One key per page: a double click or a retry after a lost answer places one order.
  const [idempotencyKey] = useState(newKey);
  const placing = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [order, setOrder] = useState<Order | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const showPath = returnPath();

  useEffect(() => {
    if (!token) return;
    let current = true;
    api<{ cart: CheckoutCart }>(`/api/checkout/${encodeURIComponent(token)}`)
      .then(({ cart }) => current && setLoad({ state: 'ready', cart }))
      .catch((caught: unknown) => current && setLoad({ state: 'failed', message: errorMessage(caught, 'This checkout link could not be opened.') }));
    return () => {
      current = false;
    };
  }, [token]);

  const placeOrder = async (event: FormEvent) => {
    event.preventDefault();
    if (placing.current || !token) return;
    placing.current = true;
    setBusy(true);
    setError(null);
    try {
      const body = { cart: token, idempotencyKey, ...(name.trim() ? { name: name.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}) };
      const result = await api<{ order: Order }>('/api/checkout', { body });
      setOrder(result.order);
    } catch (caught) {
      setError(errorMessage(caught, 'The order could not be placed. Try again.'));
      placing.current = false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page narrow checkout stack">
      <header className="checkout-head">
        <a href={showPath}>← Back to the show</a>
        <h1>{order ? 'Order placed' : 'Checkout'}</h1>
        <p className="notice checkout-demo">Demo checkout: no payment is taken and nothing is shipped.</p>
      </header>
      {order ? (
        <Confirmation order={order} showPath={showPath} />
      ) : load.state === 'loading' ? (
        <p className="muted" role="status">
          Loading your cart…
        </p>
      ) : load.state === 'failed' ? (
        <section className="card stack" role="alert">
          <p className="error">{load.message}</p>
          <BackToShow showPath={showPath} />
        </section>
      ) : (
        <>
          <CartSummary cart={load.cart} />
          <form className="card stack" onSubmit={placeOrder}>
            <h2>Your details</h2>
            <p className="muted">Optional for the demo.</p>
            <label>
              Name
              <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={120} />
            </label>
            <label>
              Email
              <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="email" maxLength={200} />
            </label>
            <ErrorMessage message={error} />
            <SubmitButton busy={busy} busyLabel="Placing order…">
              {`Place order · ${formatMoney(load.cart.total, load.cart.currency)}`}
            </SubmitButton>
          </form>
        </>
      )}
    </main>
  );
}

function CartSummary({ cart }: { cart: CheckoutCart }) {
  const money = (amount: number) => formatMoney(amount, cart.currency);
  return (
    <section className="card stack" aria-label="Your cart">
      <ul className="checkout-lines">
        {cart.lines.map((line) => (
          <li key={`${line.productId}/${line.variantId}`} className="checkout-line">
            <div>
              <strong>{line.title}</strong>
              <p className="muted">
                {line.quantity} × {money(line.unitPrice)}
                {line.discount > 0 ? <span className="checkout-saving"> · −{money(line.discount)}</span> : null}
              </p>
            </div>
            <strong className="checkout-amount">{money(line.total)}</strong>
          </li>
        ))}
      </ul>
      <dl className="checkout-totals">
        <dt>Subtotal</dt>
        <dd>{money(cart.subtotal)}</dd>
        {cart.discount > 0 ? (
          <>
            <dt>Discount{cart.offerCode ? ` (${cart.offerCode})` : ''}</dt>
            <dd className="checkout-saving">−{money(cart.discount)}</dd>
          </>
        ) : null}
        <dt className="checkout-total">Total</dt>
        <dd className="checkout-total">{money(cart.total)}</dd>
      </dl>
      {cart.offerCode && cart.discount > 0 ? <p className="checkout-offer">Offer {cart.offerCode} applied.</p> : null}
      {cart.offerNotice ? <p className="notice">{cart.offerNotice}</p> : null}
    </section>
  );
}

function Confirmation({ order, showPath }: { order: Order; showPath: string }) {
  return (
    <section className="card stack checkout-confirmation" role="status">
      <h2>Thank you!</h2>
      <p>
        Order <strong className="checkout-order-id">{order.id}</strong> is confirmed.
      </p>
      <p>
        Total <strong>{formatMoney(order.total, order.currency)}</strong>
        {order.discount > 0 ? <span className="muted"> (you saved {formatMoney(order.discount, order.currency)})</span> : null}
      </p>
      {order.offerApplied && order.offerCode ? <p className="checkout-offer">Offer applied: {order.offerCode}</p> : null}
      {order.offerNotice ? <p className="notice">{order.offerNotice}</p> : null}
      <BackToShow showPath={showPath} />
    </section>
  );
}

function BackToShow({ showPath }: { showPath: string }) {
  return (
    <p>
      <a className="button" href={showPath}>
        Back to the show
      </a>
    </p>
  );
}

/** The show the shopper came from (remembered on Buy now), else the home show. */
function returnPath(): string {
  try {
    const path = sessionStorage.getItem('vitrine.return-to');
    return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
  } catch {
    return '/';
  }
}

/** crypto.randomUUID exists only on secure origins (not on a LAN address over http): fall back to random bytes. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
