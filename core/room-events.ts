import { z } from 'zod';
import { brainEventSchema, productCardSchema } from './events.ts';

/**
 * The live-room contract: what a browser (or the LiveKit adapter) sends into a room and what the
 * room sends back. Brain events travel inside it unchanged.
 */

export const participantRoleSchema = z.enum(['admin', 'host', 'viewer', 'customer', 'agent']);

/** Who receives a room event: everyone, one participant (`recipientId`), or the staff (hosts, admins). */
export const roomAudienceSchema = z.enum(['public', 'private', 'staff']);

export const maxChatLength = 500;

/** A browser's message into a room. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('chat-send'),
    text: z.string().trim().min(1, 'say something first').max(maxChatLength, `messages are at most ${maxChatLength} characters`),
    /** Chosen by the client so it can match the echo of its own message. */
    clientId: z.string().max(64).optional(),
  }),
]);

export const participantSchema = z.object({ id: z.string(), name: z.string(), role: participantRoleSchema });

export const queuedQuestionSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  participantId: z.string(),
  participantName: z.string(),
  /** `handoff`: the bot could not answer or a person was asked for; `flag`: held for the host (abuse, attempts on the rules). */
  kind: z.enum(['handoff', 'flag']),
  text: z.string(),
  reason: z.string(),
  /** The products the question is about (a host's answer is learned onto a single one). */
  productIds: z.array(z.string()),
  status: z.enum(['open', 'answered', 'approved', 'dismissed']),
  answer: z.string().nullable(),
  createdAt: z.string(),
});

const brainOptions = brainEventSchema.options;

export const roomEventBodySchema = z.discriminatedUnion('type', [
  ...brainOptions,
  /** A chat line from a participant (viewer, customer, or a person of the staff). */
  z.object({ type: z.literal('chat-message'), messageId: z.string(), participant: participantSchema, text: z.string(), clientId: z.string().nullable() }),
  /** The AI host presenting a product on its own (the show runner's beat). */
  z.object({ type: z.literal('host-say'), text: z.string(), productId: z.string().nullable() }),
  /** A product a host pinned for everyone. */
  z.object({ type: z.literal('product-pin'), card: productCardSchema, by: z.string() }),
  z.object({ type: z.literal('presence'), viewerCount: z.number().int(), staffCount: z.number().int() }),
  /** Something the sender must know: never a silent drop. */
  z.object({
    type: z.literal('notice'),
    kind: z.enum(['rate-limited', 'invalid', 'held', 'error']),
    message: z.string(),
    retryAfterMs: z.number().int().nullable(),
  }),
  z.object({ type: z.literal('question-queued'), question: queuedQuestionSchema }),
  /** To the shopper who asked for a person: their question is in the hosts' queue (the notice waits for this). */
  z.object({ type: z.literal('handoff-queued'), questionId: z.string() }),
  z.object({ type: z.literal('question-update'), question: queuedQuestionSchema }),
  /** A person of the staff took over the conversation (the bot stays quiet) or handed it back. */
  z.object({ type: z.literal('takeover'), active: z.boolean(), by: z.string().nullable() }),
  z.object({
    type: z.literal('order-placed'),
    orderId: z.string(),
    participantName: z.string(),
    total: z.number(),
    currency: z.string(),
    items: z.number().int(),
  }),
]);

/** One delivered room event. `seq` orders the persisted ones; transient ones (deltas, presence) have null. */
export const roomEventSchema = z.object({
  seq: z.number().int().nullable(),
  roomId: z.string(),
  at: z.string(),
  audience: roomAudienceSchema,
  recipientId: z.string().nullable(),
  event: roomEventBodySchema,
});

export const roomSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(['show', 'call']),
  title: z.string(),
  mode: z.enum(['stream', 'concierge', 'assist']),
});

/** What the server sends first on a connection: who you are, the room, and the history you may see. */
export const welcomeFrameSchema = z.object({
  type: z.literal('welcome'),
  participant: participantSchema,
  room: roomSummarySchema,
  history: z.array(roomEventSchema),
  takeover: z.object({ active: z.boolean(), by: z.string().nullable() }),
  viewerCount: z.number().int(),
});

export const serverFrameSchema = z.union([welcomeFrameSchema, z.object({ type: z.literal('event'), event: roomEventSchema })]);

export type ParticipantRole = z.infer<typeof participantRoleSchema>;
export type RoomAudience = z.infer<typeof roomAudienceSchema>;
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type QueuedQuestion = z.infer<typeof queuedQuestionSchema>;
export type RoomEventBody = z.infer<typeof roomEventBodySchema>;
export type RoomEvent = z.infer<typeof roomEventSchema>;
export type RoomSummary = z.infer<typeof roomSummarySchema>;
export type WelcomeFrame = z.infer<typeof welcomeFrameSchema>;
export type ServerFrame = z.infer<typeof serverFrameSchema>;
