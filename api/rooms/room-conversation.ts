import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ShoppingBrain } from '../../agent/index.ts';
import type { BrainEvent, RoomEventBody } from '../../core/index.ts';
import { isStaff, type Principal } from '../auth/index.ts';
import type { QuestionQueue } from '../questions/question-queue.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { RoomDirectory } from './room-directory.ts';
import type { RoomHub } from './room-hub.ts';

export interface RoomConversationDependencies {
  hub: RoomHub;
  brain: ShoppingBrain;
  rooms: RoomDirectory;
  questions: QuestionQueue;
  limiter: RateLimiter;
  logger: Logger;
}

/**
 * A chat line's way through a room: rate limit, then staff lines straight to everyone; shoppers'
 * lines to the brain (unless a person has taken over), whose events go out with their audience.
 * What the bot cannot answer, and what it holds back, goes to the host's queue.
 */
export class RoomConversation {
  constructor(private readonly deps: RoomConversationDependencies) {}

  async chat(roomId: string, principal: Principal, text: string, clientId: string | null): Promise<void> {
    const { hub } = this.deps;
    const verdict = this.deps.limiter.check(principal.id);
    if (!verdict.allowed) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000);
      hub.notify(roomId, principal.id, { type: 'notice', kind: 'rate-limited', message: `You're sending messages quickly — please wait ${seconds} s before the next one.`, retryAfterMs: verdict.retryAfterMs });
      return;
    }
    const line = (audience: 'public' | 'private') =>
      hub.publish(roomId, { type: 'chat-message', messageId: randomUUID(), participant: { id: principal.id, name: principal.name, role: principal.role }, text, clientId }, { audience, recipientId: principal.id });

    if (isStaff(principal) || principal.role === 'agent') {
      await line('public');
      return;
    }
    const room = await this.deps.rooms.describe(roomId);
    if (!room) return;
    // In a call the customer's lines are for the staff too (canSee); in a show a person hosting answers in public.
    if (hub.takeover(roomId).active || !room.botAnswers) {
      await line(room.summary.kind === 'call' ? 'private' : 'public');
      if (room.summary.kind === 'show' && !hub.takeover(roomId).active) await this.queue(roomId, principal, text, 'handoff', 'the bot is off: a person answers');
      return;
    }

    let events: BrainEvent[];
    try {
      events = await this.deps.brain.respond({ sessionId: roomId, participantId: principal.id, displayName: principal.name, mode: room.mode, text });
    } catch (error) {
      this.deps.logger.error({ err: error, roomId }, 'brain turn failed');
      await line('private');
      hub.notify(roomId, principal.id, { type: 'notice', kind: 'error', message: 'The AI host could not answer just now; a person has been asked to help.', retryAfterMs: null });
      await this.queue(roomId, principal, text, 'handoff', 'the AI failed to answer');
      return;
    }

    const reply = events.find((event) => event.type === 'reply');
    if (!reply) {
      // Held back (abuse): the sender sees their line and why; the host decides.
      await line('private');
      const flag = events.find((event) => event.type === 'message-flag');
      hub.notify(roomId, principal.id, { type: 'notice', kind: 'held', message: 'Your message was held for the host to review.', retryAfterMs: null });
      await this.queue(roomId, principal, text, 'flag', flag?.type === 'message-flag' ? flag.reason : 'held');
      return;
    }
    // The question goes to whoever sees the answer: a private answer keeps the question private too.
    await line(reply.audience);
    for (const event of events) await this.deliver(roomId, principal, event);
  }

  private async deliver(roomId: string, principal: Principal, event: BrainEvent) {
    const { hub } = this.deps;
    switch (event.type) {
      case 'reply-delta':
        await hub.publish(roomId, event, { audience: event.audience, recipientId: event.recipientId, persist: false });
        return;
      case 'handoff-request':
        await this.queue(roomId, principal, event.question, 'handoff', event.reason, event.productIds);
        return;
      case 'message-flag':
        // Answered safely, but the host should know someone tried.
        await hub.publish(roomId, event, { audience: 'staff' });
        return;
      default:
        await hub.publish(roomId, event as RoomEventBody, { audience: event.audience, recipientId: event.recipientId });
    }
  }

  private async queue(roomId: string, principal: Principal, text: string, kind: 'handoff' | 'flag', reason: string, productIds: string[] = []) {
    const question = await this.deps.questions.add({ roomId, participantId: principal.id, participantName: principal.name, kind, text, reason, productIds });
    await this.deps.hub.publish(roomId, { type: 'question-queued', question }, { audience: 'staff' });
    // The shopper's "a host has been asked" is said only once the question is really queued.
    if (kind === 'handoff') await this.deps.hub.publish(roomId, { type: 'handoff-queued', questionId: question.id }, { audience: 'private', recipientId: principal.id });
  }
}
