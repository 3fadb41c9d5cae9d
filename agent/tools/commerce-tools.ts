import { z } from 'zod';
import type { TurnContext } from '../turn-context.ts';
import { loadProduct } from './catalog-tools.ts';
import { defineTool, normaliseId, productIdSchema, type ToolResult } from './tool.ts';

function addressed(context: TurnContext) {
  return { turnId: context.turnId, sessionId: context.sessionId, audience: 'private' as const, recipientId: context.participantId };
}

export const createOffer = defineTool({
  name: 'create_offer',
  description:
    'ASK the offer engine for a personal discount on one product. The engine decides from the store policy and may refuse; ' +
    'never promise a discount or code yourself, only relay what this returns.',
  parameters: z.object({
    productId: productIdSchema,
    variantId: z.string().transform(normaliseId).optional(),
    requestedPercent: z.number().min(1).max(100).optional(),
  }),
  async execute(args, context): Promise<ToolResult> {
    const decision = await context.deps.offers.request({
      sessionId: context.sessionId,
      participantId: context.participantId,
      productId: args.productId,
      variantId: args.variantId,
      requestedPercent: args.requestedPercent,
    });
    if (!decision.granted) {
      // The engine's sentence may state the offer's remaining time: relaying it is grounded.
      context.facts.addText(decision.reason);
      return { ok: true, data: { granted: false, reason: decision.reason } };
    }
    await loadProduct(context, decision.offer.productId);
    context.facts.addOffer(decision.offer);
    context.events.push({ type: 'offer-create', ...addressed(context), offer: decision.offer });
    return { ok: true, data: { granted: true, offer: decision.offer, note: decision.note } };
  },
});

export const buildCartLink = defineTool({
  name: 'build_cart_link',
  description:
    'Make a checkout link for exact variants and quantities the shopper explicitly asked to buy. Quantities are absolute. ' +
    'Ask for the size/colour first unless the product has one variant. Include an offer code only if create_offer granted it this session.',
  parameters: z.object({
    lines: z
      .array(z.object({ productId: productIdSchema, variantId: z.string().transform(normaliseId), quantity: z.number().int().min(1).max(10) }))
      .min(1)
      .max(10),
    offerCode: z.string().transform(normaliseId).optional(),
  }),
  async execute(args, context): Promise<ToolResult> {
    const result = await context.deps.commerce.createCartLink({
      sessionId: context.sessionId,
      participantId: context.participantId,
      lines: args.lines,
      offerCode: args.offerCode,
    });
    if (!result.ok) return { ok: true, data: { created: false, reason: result.reason } };
    for (const line of result.lines) await loadProduct(context, line.productId);
    context.facts.addNumber(result.total, 'money');
    for (const line of result.lines) context.facts.addNumber(line.quantity * line.unitPrice, 'money');
    if (result.offerCode) context.facts.addCode(result.offerCode);
    context.events.push({
      type: 'cart-link-create',
      ...addressed(context),
      url: result.url,
      lines: result.lines,
      total: result.total,
      currency: result.currency,
      offerCode: result.offerCode,
    });
    return {
      ok: true,
      data: { created: true, total: result.total, currency: result.currency, lines: result.lines, offerCode: result.offerCode, offerNotice: result.offerNotice },
    };
  },
});

export const requestHuman = defineTool({
  name: 'request_human',
  description: 'Hand the conversation to a person on the team: when the shopper asks for one, or when you cannot answer from the catalog.',
  parameters: z.object({ reason: z.string().min(1).max(300) }),
  async execute(args, context): Promise<ToolResult> {
    if (!context.events.some((event) => event.type === 'handoff-request')) {
      context.events.push({
        type: 'handoff-request',
        turnId: context.turnId,
        sessionId: context.sessionId,
        participantId: context.participantId,
        reason: args.reason,
        question: '',
        productIds: [],
      });
    }
    return { ok: true, data: { queued: true } };
  },
});

export const bookConsultation = defineTool({
  name: 'book_consultation',
  description: 'Where the shopper can book a free one-to-one video styling call with a person.',
  parameters: z.object({}),
  async execute(_args, context): Promise<ToolResult> {
    const url = context.deps.bookingUrl;
    if (!url) return { ok: true, data: { available: false, reason: 'Booking is not open yet; offer to pass the request to the team.' } };
    return { ok: true, data: { available: true, url } };
  },
});
