import { randomUUID } from 'node:crypto';
import express from 'express';
import { z } from 'zod';
import { AppError, type QueuedQuestion } from '../../core/index.ts';
import type { RouteContext } from '../app-dependencies.ts';
import { principalOf, type Principal } from '../auth/index.ts';
import { servesCall } from '../rooms/room-directory.ts';
import { learnAnswer } from './learn-answer.ts';

const listSchema = z.object({
  status: z.enum(['open', 'answered', 'approved', 'dismissed']).optional(),
  room: z.string().optional(),
});
const answerSchema = z.strictObject({
  text: z.string().trim().min(1, 'write an answer').max(2000),
  /** `private`: only the asker sees it; `public`: the whole room. */
  audience: z.enum(['public', 'private']).default('private'),
  /**
   * Keep the answer as knowledge the bot answers from next time (anyone can then read it).
   * Defaults to whether the answer is public; answers in a private call are never learned.
   */
  learn: z.boolean().optional(),
});

/** The host's queue: answer, approve (release a held message), dismiss. */
export function questionRoutes({ registry, questions, hub, knowledge, logger, bookings }: RouteContext) {
  const router = express.Router();
  const staff = ['host', 'admin'] as const;

  /** A call's questions are for the stylist serving it (and admins), like the call itself. */
  async function serves(principal: Principal, roomId: string): Promise<boolean> {
    if (!roomId.startsWith('call:')) return true;
    const booking = await bookings.get(roomId.slice('call:'.length));
    return booking !== null && servesCall(principal, booking);
  }

  router.get('/api/questions', ...registry.route({ method: 'get', path: '/api/questions', tag: 'questions', summary: 'The question queue, newest first', roles: [...staff], query: listSchema }), async (_request, response) => {
    const query = response.locals.query as z.infer<typeof listSchema>;
    const principal = principalOf(response);
    const listed = await questions.list({ status: query.status, roomId: query.room });
    const allowed = await Promise.all(listed.map((question) => serves(principal, question.roomId)));
    response.json({ questions: listed.filter((_question, index) => allowed[index]) });
  });

  router.post('/api/questions/:id/answer', ...registry.route({ method: 'post', path: '/api/questions/:id/answer', tag: 'questions', summary: 'Answer a queued question (and teach the bot)', roles: [...staff], body: answerSchema }), async (request, response) => {
    const host = principalOf(response);
    const body = response.locals.body as z.infer<typeof answerSchema>;
    const question = await close(String(request.params.id), { status: 'answered', answer: body.text, by: host.id }, host);
    await hub.publish(question.roomId, hostLine(host, body.text), { audience: body.audience, recipientId: question.participantId });
    await hub.publish(question.roomId, { type: 'question-update', question }, { audience: 'staff' });
    const learned = question.kind === 'handoff' && !question.roomId.startsWith('call:') && (body.learn ?? body.audience === 'public');
    if (learned) {
      // The answer already reached the shopper; a failure to learn it must not undo that.
      await learnAnswer(knowledge, question, body.text).catch((error) => logger.error({ err: error, questionId: question.id }, 'learning an answer failed'));
    }
    response.json({ question, learned });
  });

  router.post('/api/questions/:id/approve', ...registry.route({ method: 'post', path: '/api/questions/:id/approve', tag: 'questions', summary: 'Release a held message to the whole room', roles: [...staff] }), async (request, response) => {
    const existing = await questions.get(String(request.params.id));
    if (existing && existing.kind !== 'flag') throw new AppError('invalid-input', 'Only held (flagged) messages can be approved; answer this question instead.');
    const question = await close(String(request.params.id), { status: 'approved', by: principalOf(response).id }, principalOf(response));
    await hub.publish(
      question.roomId,
      { type: 'chat-message', messageId: randomUUID(), participant: { id: question.participantId, name: question.participantName, role: 'viewer' }, text: question.text, clientId: null },
      { audience: 'public' },
    );
    await hub.publish(question.roomId, { type: 'question-update', question }, { audience: 'staff' });
    response.json({ question });
  });

  router.post('/api/questions/:id/dismiss', ...registry.route({ method: 'post', path: '/api/questions/:id/dismiss', tag: 'questions', summary: 'Dismiss a queued question', roles: [...staff] }), async (request, response) => {
    const question = await close(String(request.params.id), { status: 'dismissed', by: principalOf(response).id }, principalOf(response));
    await hub.publish(question.roomId, { type: 'question-update', question }, { audience: 'staff' });
    response.json({ question });
  });

  async function close(id: string, outcome: Parameters<typeof questions.close>[1], principal: Principal): Promise<QueuedQuestion> {
    const asked = await questions.get(id);
    if (asked && !(await serves(principal, asked.roomId))) throw new AppError('forbidden', "This question was asked in another stylist's call.");
    const closed = await questions.close(id, outcome);
    if (closed) return closed;
    const existing = await questions.get(id);
    if (!existing) throw new AppError('not-found', `No question with id ${id}`);
    throw new AppError('conflict', `This question was already ${existing.status}.`);
  }
  return router;
}

function hostLine(host: Principal, text: string) {
  return { type: 'chat-message' as const, messageId: randomUUID(), participant: { id: host.id, name: host.name, role: host.role }, text, clientId: null };
}
