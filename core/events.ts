import { z } from 'zod';

/**
 * The one event contract of vitrine. The brain emits these; every surface (CLI, REST, WebSocket
 * rooms, LiveKit) carries them unchanged, and the web pages read them.
 */

/** Who sees an event: everyone in the room, or only `recipientId`. */
export const audienceSchema = z.enum(['public', 'private']);

/** How a session runs: an AI stream host, a one-to-one concierge, or the FAQ bot beside a human host. */
export const sessionModeSchema = z.enum(['stream', 'concierge', 'assist']);

export const productCardSchema = z.object({
  productId: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  price: z.number(),
  compareAtPrice: z.number().nullable(),
  currency: z.string(),
  image: z.string().nullable(),
  /** Units on hand across variants; null when the store does not track stock. */
  stock: z.number().int().nullable(),
  inStock: z.boolean(),
  variants: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      options: z.record(z.string(), z.string()),
      price: z.number(),
      inventory: z.number().int().nullable(),
    }),
  ),
});

export const offerSchema = z.object({
  code: z.string(),
  productId: z.string(),
  variantId: z.string().nullable(),
  discountPercent: z.number(),
  unitPrice: z.number(),
  offerPrice: z.number(),
  currency: z.string(),
  expiresAt: z.string(),
});

export const cartLineSchema = z.object({
  productId: z.string(),
  variantId: z.string(),
  title: z.string(),
  quantity: z.number().int().positive(),
  unitPrice: z.number(),
});

const base = { turnId: z.string(), sessionId: z.string() };
const addressed = { ...base, audience: audienceSchema, recipientId: z.string().nullable() };

export const brainEventSchema = z.discriminatedUnion('type', [
  /** A verified piece of the reply, streamed as it is ready (sentence by sentence). */
  z.object({ type: z.literal('reply-delta'), ...addressed, text: z.string() }),
  /** The whole verified reply, with the product ids it relies on. */
  z.object({
    type: z.literal('reply'),
    ...addressed,
    text: z.string(),
    productIds: z.array(z.string()),
    driver: z.enum(['openai', 'composer']),
    /** Why the offline composer answered instead of the configured model, when it did. */
    fallbackReason: z.string().nullable(),
  }),
  z.object({ type: z.literal('product-card-show'), ...addressed, card: productCardSchema }),
  z.object({ type: z.literal('offer-create'), ...addressed, offer: offerSchema }),
  z.object({
    type: z.literal('cart-link-create'),
    ...addressed,
    url: z.string(),
    lines: z.array(cartLineSchema),
    total: z.number(),
    currency: z.string(),
    offerCode: z.string().nullable(),
  }),
  /** The shopper asked for a person, or the bot could not answer: queue it for a human. */
  z.object({
    type: z.literal('handoff-request'),
    ...base,
    participantId: z.string(),
    reason: z.string(),
    question: z.string(),
    /** The products the question is about, so a host's answer can be learned onto them. */
    productIds: z.array(z.string()),
  }),
  /** A message the bot did not answer (abuse): for the host's eyes only. */
  z.object({ type: z.literal('message-flag'), ...base, participantId: z.string(), reason: z.string(), text: z.string() }),
]);

export type Audience = z.infer<typeof audienceSchema>;
export type SessionMode = z.infer<typeof sessionModeSchema>;
export type ProductCard = z.infer<typeof productCardSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type CartLine = z.infer<typeof cartLineSchema>;
export type BrainEvent = z.infer<typeof brainEventSchema>;
export type BrainEventType = BrainEvent['type'];
