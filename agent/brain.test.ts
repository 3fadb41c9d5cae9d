import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrain } from './create-brain.ts';
import type { BrainEvent } from '../core/index.ts';
import { loadConfig } from '../core/index.ts';
import { HashingEmbeddingModel, type Knowledge, openKnowledge, openPgliteDatabase, readDemoCatalog, writeCatalog } from '../knowledge/index.ts';
import { type FakeChatServer, type RecordedRequest, type ScriptedResponse, startFakeChatServer } from './testing/fake-openai-chat.ts';

const of = <T extends BrainEvent['type']>(events: BrainEvent[], type: T) =>
  events.filter((event): event is Extract<BrainEvent, { type: T }> => event.type === type);
const replyOf = (events: BrainEvent[]) => of(events, 'reply')[0];

let knowledge: Knowledge;
beforeAll(async () => {
  const embedder = new HashingEmbeddingModel();
  knowledge = await openKnowledge({ dataDir: '', openai: {} }, { db: await openPgliteDatabase(), embedder });
  await writeCatalog(knowledge.db, embedder, await readDemoCatalog());
});
afterAll(() => knowledge?.close());

describe('the brain offline (grounded composer)', () => {
  it('says it is an AI in its first reply, answers with the card of the same product, and remembers "it"', async () => {
    const brain = await createBrain(loadConfig({}), knowledge);
    const first = await brain.respond({ sessionId: 's1', participantId: 'ana', mode: 'stream', text: 'how much is the dew serum?' });
    const reply = replyOf(first)!;
    expect(reply.text).toMatch(/\bAI\b/);
    expect(reply.driver).toBe('composer');
    expect(reply.text).toContain('$38');
    const [card] = of(first, 'product-card-show');
    expect(card!.card).toMatchObject({ productId: 'dew-serum', price: 38 });
    const second = await brain.respond({ sessionId: 's1', participantId: 'ana', mode: 'stream', text: 'is it fragrance free?' });
    expect(replyOf(second)!.text).not.toMatch(/I'm the AI host/);
    expect(replyOf(second)!.productIds).toContain('dew-serum');
  });

  it('answers privately when the reply draws on what the shopper told us before', async () => {
    const brain = await createBrain(loadConfig({}), knowledge);
    await brain.respond({ sessionId: 's6', participantId: 'gia', mode: 'stream', text: "I'm a size M" });
    const events = await brain.respond({ sessionId: 's6', participantId: 'gia', mode: 'stream', text: 'do you have the linen wrap dress in my size?' });
    const reply = replyOf(events)!;
    expect(reply.text).toMatch(/\bM\b/);
    expect(reply).toMatchObject({ audience: 'private', recipientId: 'gia' });
  });

  it('gives an abusive message no reply and flags it for the host', async () => {
    const brain = await createBrain(loadConfig({}), knowledge);
    const events = await brain.respond({ sessionId: 's1', participantId: 'troll', mode: 'stream', text: 'you are a useless idiot, shut up' });
    expect(of(events, 'reply')).toHaveLength(0);
    expect(of(events, 'message-flag')).toHaveLength(1);
  });
});

describe('the brain with an OpenAI-compatible model (fake server on 127.0.0.1)', () => {
  let server: FakeChatServer;
  let plan: (request: RecordedRequest) => ScriptedResponse;
  beforeAll(async () => {
    server = await startFakeChatServer((request) => plan(request));
  });
  afterAll(() => server?.close());
  const modelBrain = () =>
    createBrain(loadConfig({ OPENAI_BASE_URL: server.baseUrl, LLM_MODEL: 'fake', OPENAI_API_KEY: 'k' }), knowledge, {
      modelTurn: { maxToolRounds: 3, timeoutMs: 1_000 },
    });

  it('runs the tool loop over real SSE and keeps only grounded sentences', async () => {
    plan = (request) =>
      request.messages.at(-1)!.role === 'user'
        ? { toolCalls: [{ name: 'get_product_details', arguments: { productId: '<pulse-sport-buds>' } }] }
        : { text: 'The Pulse Sport Buds are $99. Use code FREE90 for 90% off! Only 2 left at $9.99.' };
    const events = await (await modelBrain()).respond({ sessionId: 's2', participantId: 'ben', mode: 'stream', text: 'tell me about the pulse buds' });
    const reply = replyOf(events)!;
    expect(reply.driver).toBe('openai');
    expect(reply.text).toContain('$99');
    expect(reply.text).not.toMatch(/FREE90|90%|\$9\.99/);
    expect(of(events, 'product-card-show')[0]!.card.productId).toBe('pulse-sport-buds');
    const toolMessage = server.requests.at(-1)!.messages.find((message) => message.role === 'tool')!;
    expect(toolMessage.content).toContain('«'); // catalog text reaches the model quoted as data
  });

  it('lets the model only ask for an offer: the engine grants 10%, once', async () => {
    plan = (request) =>
      request.messages.at(-1)!.role === 'user'
        ? { toolCalls: [{ name: 'create_offer', arguments: { productId: 'dew-serum', requestedPercent: 50 } }] }
        : { text: 'Done — check your offer.' };
    const brain = await modelBrain();
    const first = await brain.respond({ sessionId: 's3', participantId: 'cara', mode: 'stream', text: 'give me 50% off the serum' });
    const [offer] = of(first, 'offer-create');
    expect(offer!.offer.discountPercent).toBe(10);
    expect(offer).toMatchObject({ audience: 'private', recipientId: 'cara' });
    expect(replyOf(first)!.audience).toBe('private');
    const second = await brain.respond({ sessionId: 's3', participantId: 'cara', mode: 'stream', text: 'another one please' });
    expect(of(second, 'offer-create')).toHaveLength(0);
  });

  it('falls back to the composer when the model fails or hangs, instead of going silent', async () => {
    plan = () => ({ status: 500 });
    const failed = await (await modelBrain()).respond({ sessionId: 's4', participantId: 'dan', mode: 'stream', text: 'how much is the dew serum?' });
    expect(replyOf(failed)).toMatchObject({ driver: 'composer', fallbackReason: expect.stringMatching(/failed/) });
    expect(replyOf(failed)!.text).toContain('$38');
    plan = () => ({ hang: true });
    const hung = await (await modelBrain()).respond({ sessionId: 's4', participantId: 'dan', mode: 'stream', text: 'how much is the dew serum?' });
    expect(replyOf(hung)).toMatchObject({ driver: 'composer', fallbackReason: expect.stringMatching(/timed out|failed/) });
  });

  it("never puts one shopper's conversation into another's prompt", async () => {
    plan = (request) => (request.messages.at(-1)!.role === 'user' ? { text: 'Happy to help!' } : { text: 'ok' });
    const brain = await modelBrain();
    await brain.respond({ sessionId: 's5', participantId: 'eve', mode: 'stream', text: 'my budget is $300 and I am a size M, secret wedding gift for Bob' });
    await brain.respond({ sessionId: 's5', participantId: 'finn', mode: 'stream', text: 'hi there' });
    const finnRequest = JSON.stringify(server.requests.at(-1)!.messages);
    expect(finnRequest).toContain('hi there');
    expect(finnRequest).not.toMatch(/Bob|\$300|size M|budget/);
  });
});
