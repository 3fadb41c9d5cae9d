import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/index.ts';

/** What a signed cart link carries; prices are not in it: checkout reads them from the database. */
export interface CartLinkPayload {
  v: 1;
  sessionId: string;
  participantId: string;
  lines: { productId: string; variantId: string; quantity: number }[];
  offerCode: string | null;
  /** ISO time the link was made. */
  issuedAt: string;
}

export type CartLinkRefusal = 'malformed' | 'tampered' | 'expired';

export type CartLinkVerification = { ok: true; payload: CartLinkPayload } | { ok: false; reason: CartLinkRefusal; message: string };

/** Links older than this are refused: a forwarded or leaked link does not live forever. */
export const cartLinkMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

const payloadSchema = z.strictObject({
  v: z.literal(1),
  sessionId: z.string(),
  participantId: z.string(),
  lines: z.array(z.strictObject({ productId: z.string(), variantId: z.string(), quantity: z.number().int() })),
  offerCode: z.string().nullable(),
  issuedAt: z.iso.datetime(),
});

const tokenShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const messages: Record<CartLinkRefusal, string> = {
  malformed: 'This checkout link is incomplete or damaged. Ask for a new link.',
  tampered: 'This checkout link was changed after it was made, so it cannot be used. Ask for a new link.',
  expired: 'This checkout link has expired (links last 7 days). Ask for a new link.',
};

/**
 * Signs cart links with HMAC-SHA256 so a shopper cannot edit quantities, items or the offer code.
 * Token: base64url(canonical JSON payload) + "." + base64url(signature over the first part).
 */
export class CartLinkSigner {
  private readonly key: Buffer;
  private readonly clock: () => Date;
  private readonly maxAgeMs: number;

  constructor(secret: string, options: { clock?: () => Date; maxAgeMs?: number } = {}) {
    if (secret.length < 32) throw new AppError('invalid-input', 'The signing secret must be at least 32 characters (VITRINE_SECRET).');
    this.key = Buffer.from(secret, 'utf8');
    this.clock = options.clock ?? (() => new Date());
    this.maxAgeMs = options.maxAgeMs ?? cartLinkMaxAgeMs;
  }

  /** A token for this cart, stamped with the current time. */
  sign(cart: Omit<CartLinkPayload, 'v' | 'issuedAt'>): string {
    const encoded = Buffer.from(canonicalJson({ ...cart, v: 1, issuedAt: this.clock().toISOString() }), 'utf8').toString('base64url');
    return `${encoded}.${this.signature(encoded).toString('base64url')}`;
  }

  /** The payload when the token is intact, ours and recent; otherwise why not. */
  verify(token: string): CartLinkVerification {
    if (typeof token !== 'string' || !tokenShape.test(token)) return refuse('malformed');
    const [encoded, encodedSignature] = token.split('.') as [string, string];
    const signature = Buffer.from(encodedSignature, 'base64url');
    // Node decodes leniently: a changed last character can decode to the same bytes. Only the
    // canonical spelling is accepted, so every edit of the token is refused.
    if (signature.toString('base64url') !== encodedSignature) return refuse('malformed');
    const payloadBytes = Buffer.from(encoded, 'base64url');
    if (payloadBytes.toString('base64url') !== encoded) return refuse('malformed');
    const expected = this.signature(encoded);
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return refuse('tampered');

    let parsed: ReturnType<typeof payloadSchema.safeParse>;
    try {
      parsed = payloadSchema.safeParse(JSON.parse(payloadBytes.toString('utf8')));
    } catch {
      return refuse('malformed');
    }
    if (!parsed.success) return refuse('malformed');
    const age = this.clock().getTime() - Date.parse(parsed.data.issuedAt);
    if (age > this.maxAgeMs) return refuse('expired');
    return { ok: true, payload: parsed.data };
  }

  private signature(encodedPayload: string): Buffer {
    return createHmac('sha256', this.key).update(encodedPayload, 'utf8').digest();
  }
}

/** One spelling per cart: fixed key order, no whitespace. */
function canonicalJson(payload: CartLinkPayload): string {
  return JSON.stringify({
    v: payload.v,
    sessionId: payload.sessionId,
    participantId: payload.participantId,
    lines: payload.lines.map((line) => ({ productId: line.productId, variantId: line.variantId, quantity: line.quantity })),
    offerCode: payload.offerCode,
    issuedAt: payload.issuedAt,
  });
}

function refuse(reason: CartLinkRefusal): CartLinkVerification {
  return { ok: false, reason, message: messages[reason] };
}
