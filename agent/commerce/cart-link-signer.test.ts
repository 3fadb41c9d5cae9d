import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../offers/offer-test-store.ts';
import { CartLinkSigner, cartLinkMaxAgeMs } from './cart-link-signer.ts';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const cart = {
  sessionId: 'show-1',
  participantId: 'viewer-7',
  lines: [
    { productId: 'trail-runner', variantId: 'tr-40', quantity: 2 },
    { productId: 'sport-buds', variantId: 'sb', quantity: 1 },
  ],
  offerCode: 'LIVE-7KQ2MX',
};
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('CartLinkSigner', () => {
  it('round-trips a cart through a URL-safe token', () => {
    const clock = new ManualClock();
    const signer = new CartLinkSigner(secret, { clock: clock.now });
    const token = signer.sign(cart);
    expect(token).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(signer.verify(token)).toEqual({ ok: true, payload: { v: 1, ...cart, issuedAt: '2025-06-01T18:00:00.000Z' } });
    expect(new CartLinkSigner(secret, { clock: clock.now }).sign({ ...cart, offerCode: null })).not.toBe(token);
  });

  it('refuses every single-character change of the payload or the signature', () => {
    const signer = new CartLinkSigner(secret, { clock: new ManualClock().now });
    const token = signer.sign(cart);
    let tried = 0;
    for (let index = 0; index < token.length; index++) {
      for (const replacement of `${base64url}.=`) {
        if (replacement === token[index]) continue;
        const tampered = token.slice(0, index) + replacement + token.slice(index + 1);
        const result = signer.verify(tampered);
        if (result.ok) throw new Error(`accepted a change at ${index}: ${tampered}`);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(10_000);
    // Dropping or adding a character is refused too.
    expect(signer.verify(token.slice(0, -1)).ok).toBe(false);
    expect(signer.verify(`${token}A`).ok).toBe(false);
    expect(signer.verify(`A${token}`).ok).toBe(false);
  });

  it('says why a token is refused', () => {
    const clock = new ManualClock();
    const signer = new CartLinkSigner(secret, { clock: clock.now });
    const token = signer.sign(cart);
    const [payload, signature] = token.split('.') as [string, string];
    const edited = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace('"quantity":2', '"quantity":9')).toString('base64url');
    expect(signer.verify(`${edited}.${signature}`)).toMatchObject({ ok: false, reason: 'tampered' });
    expect(signer.verify('')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(signer.verify('no-dot-here')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(signer.verify(`${token}.extra`)).toMatchObject({ ok: false, reason: 'malformed' });
    // Correctly signed with our key but not a cart: still refused.
    const notACart = Buffer.from('{"v":2}').toString('base64url');
    const signed = createHmac('sha256', secret).update(notACart).digest('base64url');
    expect(signer.verify(`${notACart}.${signed}`)).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('new link') });
  });

  it('refuses a token signed with another secret', () => {
    const clock = new ManualClock();
    const token = new CartLinkSigner(`${secret}-other`, { clock: clock.now }).sign(cart);
    expect(new CartLinkSigner(secret, { clock: clock.now }).verify(token)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('refuses a token older than 7 days', () => {
    const clock = new ManualClock();
    const signer = new CartLinkSigner(secret, { clock: clock.now });
    const token = signer.sign(cart);
    clock.advance(cartLinkMaxAgeMs);
    expect(signer.verify(token).ok).toBe(true);
    clock.advance(1);
    expect(signer.verify(token)).toMatchObject({ ok: false, reason: 'expired', message: expect.stringContaining('expired') });
  });

  it('needs a secret of at least 32 characters', () => {
    expect(() => new CartLinkSigner('short')).toThrow(/at least 32 characters/);
  });
});
