import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { call } from '../testing/http.ts';
import { joinRoom, roomTicket } from '../testing/room-client.ts';
import { maxSocketsPerAddress } from './room-gateway.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function viewer(name: string) {
  const { body } = await call(`${server.url}/api/auth/viewer`, { body: { displayName: name } });
  return body as { token: string; participant: { id: string } };
}

describe('live show rooms over WebSocket', () => {
  it('answers a viewer in public, with presence, cards from the catalog and the AI host on stage', async () => {
    const ana = await viewer('Ana');
    const ben = await viewer('Ben');
    const anaRoom = await joinRoom(server.url, 'show:demo', ana.token);
    const benRoom = await joinRoom(server.url, 'show:demo', ben.token);
    expect(anaRoom.welcome.room).toMatchObject({ id: 'show:demo', kind: 'show', mode: 'stream' });
    await anaRoom.waitFor('presence', (event) => event.viewerCount === 2);
    // The show runner starts with the first viewer: the AI host says it is an AI and presents a product.
    expect((await anaRoom.waitFor('host-say')).text).toMatch(/AI host/);
    await anaRoom.waitFor('product-pin');

    anaRoom.send('How much is the dew serum?');
    const reply = await benRoom.waitFor('reply');
    expect(reply.text).toMatch(/\$38/);
    expect(reply.audience).toBe('public');
    expect((await benRoom.waitFor('chat-message', (event) => event.text === 'How much is the dew serum?')).participant.name).toBe('Ana');
    expect((await anaRoom.waitFor('product-card-show')).card).toMatchObject({ productId: 'dew-serum', price: 38 });
    await Promise.all([anaRoom.close(), benRoom.close()]);
  });

  it('keeps offers private to their viewer, and gives each viewer their own history back on reconnect', async () => {
    const cara = await viewer('Cara');
    const dan = await viewer('Dan');
    const caraRoom = await joinRoom(server.url, 'show:demo', cara.token);
    const danRoom = await joinRoom(server.url, 'show:demo', dan.token);
    caraRoom.send('Can I get a discount on the dew serum?');
    const offer = await caraRoom.waitFor('offer-create');
    expect(offer.audience).toBe('private');
    expect(offer.offer.discountPercent).toBeLessThanOrEqual(10);
    danRoom.send('What is the Mini Leather Crossbody made of?');
    await danRoom.waitFor('reply');
    expect(danRoom.events.some((event) => event.event.type === 'offer-create' || (event.audience === 'private' && event.recipientId !== dan.participant.id))).toBe(false);
    await Promise.all([caraRoom.close(), danRoom.close()]);

    const back = await joinRoom(server.url, 'show:demo', cara.token);
    expect(back.welcome.history.some((event) => event.event.type === 'offer-create' && event.event.offer.code === offer.offer.code)).toBe(true);
    await back.close();
    const other = await joinRoom(server.url, 'show:demo', dan.token);
    expect(other.welcome.history.some((event) => event.event.type === 'offer-create')).toBe(false);
    expect(other.welcome.history.some((event) => event.event.type === 'reply')).toBe(true);
    await other.close();
  });

  it('tells a viewer who sends too fast, and refuses invalid messages without storing them', async () => {
    const eve = await viewer('Eve');
    const room = await joinRoom(server.url, 'show:demo', eve.token);
    for (let index = 0; index < 6; index++) room.send(`Is the dew serum fragrance free? (${index})`);
    const notice = await room.waitFor('notice', (event) => event.kind === 'rate-limited');
    expect(notice.message).toMatch(/wait \d+ s/);
    expect(notice.retryAfterMs).toBeGreaterThan(0);

    const fresh = await viewer('Fay');
    const fayRoom = await joinRoom(server.url, 'show:demo', fresh.token);
    fayRoom.send('x'.repeat(501));
    fayRoom.sendRaw('{not json');
    const invalid = await fayRoom.waitFor('notice', (event) => event.kind === 'invalid');
    expect(invalid.message).toMatch(/at most 500 characters/);
    await fayRoom.waitFor('notice', (event) => event.kind === 'invalid' && /not a chat message|expected/i.test(event.message));
    const history = (await call(`${server.url}/api/questions`, { token: server.staffToken })).body;
    expect(JSON.stringify(history)).not.toContain('x'.repeat(501));
    await Promise.all([room.close(), fayRoom.close()]);
  });

  it('holds abusive messages for the host, queues what the bot cannot answer, and delivers the host answer', async () => {
    const gus = await viewer('Gus');
    const hal = await viewer('Hal');
    const host = await joinRoom(server.url, 'show:demo', server.staffToken);
    const gusRoom = await joinRoom(server.url, 'show:demo', gus.token);
    const halRoom = await joinRoom(server.url, 'show:demo', hal.token);

    gusRoom.send('you are a useless idiot');
    expect((await gusRoom.waitFor('notice', (event) => event.kind === 'held')).message).toMatch(/held/);
    const flagged = await host.waitFor('question-queued', (event) => event.question.kind === 'flag');
    expect(flagged.question.text).toBe('you are a useless idiot');

    halRoom.send('Can I pick up my order at your Lyon boutique tomorrow?');
    expect((await halRoom.waitFor('reply')).text).toMatch(/check with the team|ask a person/);
    halRoom.send('yes please');
    const queued = await host.waitFor('question-queued', (event) => event.question.kind === 'handoff' && event.question.participantName === 'Hal');
    expect(queued.question.text).toMatch(/Lyon boutique/);
    // Hal is told once the question is really in the queue; nobody else is.
    expect((await halRoom.waitFor('handoff-queued')).questionId).toBe(queued.question.id);
    const answer = await call(`${server.url}/api/questions/${queued.question.id}/answer`, { token: server.staffToken, body: { text: 'Yes — Lyon pick-up is ready two hours after you order.', audience: 'private' } });
    expect(answer.status).toBe(200);
    // A private answer is not published as store knowledge unless the host asks for it.
    expect(answer.body.learned).toBe(false);
    const line = await halRoom.waitFor('chat-message', (event) => event.participant.role === 'admin');
    expect(line.text).toMatch(/Lyon pick-up/);
    // Answered once: a second host answering the same question is told, not duplicated.
    expect((await call(`${server.url}/api/questions/${queued.question.id}/answer`, { token: server.staffToken, body: { text: 'again' } })).status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gusRoom.events.some((event) => event.event.type === 'chat-message' && event.event.text.includes('Lyon pick-up'))).toBe(false);
    expect(gusRoom.events.some((event) => event.event.type === 'question-queued' || event.event.type === 'handoff-queued')).toBe(false);
    expect(halRoom.events.some((event) => event.event.type === 'chat-message' && event.event.text === 'you are a useless idiot')).toBe(false);

    // The host approves the held message: now everyone sees it.
    await call(`${server.url}/api/questions/${flagged.question.id}/approve`, { token: server.staffToken, body: {} });
    await halRoom.waitFor('chat-message', (event) => event.text === 'you are a useless idiot');
    await Promise.all([host.close(), gusRoom.close(), halRoom.close()]);
  });

  it('learns a host answer: the next shopper asking gets it from the bot', async () => {
    const ivy = await viewer('Ivy');
    const room = await joinRoom(server.url, 'show:demo', ivy.token);
    const question = 'Do you engrave initials on the leather crossbody?';
    room.send(question);
    expect((await room.waitFor('reply')).text).toMatch(/doesn't say|can't confirm|not sure/);
    room.send('yes');
    await room.waitFor('reply', (event) => /team/.test(event.text) && !/check with/.test(event.text));
    const { questions } = (await call(`${server.url}/api/questions?status=open`, { token: server.staffToken })).body;
    const queued = questions.find((item: { text: string }) => item.text.includes('engrave initials'));
    expect(queued).toBeDefined();
    await call(`${server.url}/api/questions/${queued.id}/answer`, { token: server.staffToken, body: { text: 'Yes: we engrave up to three initials in gold foil on any leather bag, free of charge.', learn: true } });
    const jon = await viewer('Jon');
    const { body } = await call(`${server.url}/api/ask`, { token: jon.token, body: { question, mode: 'stream' } });
    const reply = body.events.find((event: { type: string }) => event.type === 'reply');
    expect(reply.text).toMatch(/gold foil/);
    await room.close();
  });

  it('lets a host push an offer to every viewer present, each with their own code', async () => {
    const kim = await viewer('Kim');
    const lou = await viewer('Lou');
    const kimRoom = await joinRoom(server.url, 'show:demo', kim.token);
    const louRoom = await joinRoom(server.url, 'show:demo', lou.token);
    const pushed = await call(`${server.url}/api/shows/demo/offers`, { token: server.staffToken, body: { productId: 'cashmere-crew', discountPercent: 50 } });
    expect(pushed.status).toBe(200);
    expect(pushed.body.granted).toBeGreaterThanOrEqual(2);
    const [kimOffer, louOffer] = await Promise.all([kimRoom.waitFor('offer-create'), louRoom.waitFor('offer-create')]);
    expect(kimOffer.offer.code).not.toBe(louOffer.offer.code);
    // The host asked for 50%: the default policy allows 10%.
    expect(kimOffer.offer.discountPercent).toBe(10);
    expect(kimOffer.recipientId).toBe(kim.participant.id);
    expect(louRoom.events.filter((event) => event.event.type === 'offer-create')).toHaveLength(1);
    const viewerPush = await call(`${server.url}/api/shows/demo/offers`, { token: kim.token, body: { productId: 'cashmere-crew' } });
    expect(viewerPush.status).toBe(403);
    await Promise.all([kimRoom.close(), louRoom.close()]);
  });

  it('leaves no ghost viewer when a tab closes while it is being admitted', async () => {
    const ray = await viewer('Ray');
    const before = server.services.hub.viewerCount('show:demo');
    // A slow admission (a busy database): the tabs are gone before it ends.
    const rooms = server.services.rooms;
    const enter = rooms.enter.bind(rooms);
    rooms.enter = async (...args) => (await new Promise((resolve) => setTimeout(resolve, 200)), enter(...args));
    try {
      const tickets = await Promise.all(Array.from({ length: 3 }, () => roomTicket(server.url, 'show:demo', ray.token)));
      const sockets = tickets.map((ticket) => new WebSocket(`${server.url.replace('http', 'ws')}/ws?room=show:demo&ticket=${ticket}`));
      await Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once('open', () => (socket.close(), resolve(null))))));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.services.hub.viewerCount('show:demo')).toBe(before);
    } finally {
      rooms.enter = enter;
    }
  });

  it('delivers, once, what is said while a joiner\'s history is being read', async () => {
    const [zoe, ida] = await Promise.all([viewer('Zoe'), viewer('Ida')]);
    const zoeRoom = await joinRoom(server.url, 'show:demo', zoe.token);
    // A slow history read (a busy database): Zoe speaks while Ida's is being read.
    const log = server.services.log;
    const history = log.history.bind(log);
    log.history = async (...args) => {
      const events = await history(...args);
      zoeRoom.send('said during the history read');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return events;
    };
    try {
      const idaRoom = await joinRoom(server.url, 'show:demo', ida.token);
      log.history = history;
      await idaRoom.waitFor('chat-message', (event) => event.text === 'said during the history read');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const copies = [...idaRoom.welcome.history, ...idaRoom.events].filter((event) => event.event.type === 'chat-message' && event.event.text === 'said during the history read');
      expect(copies).toHaveLength(1);
      await idaRoom.close();
    } finally {
      log.history = history;
      await zoeRoom.close();
    }
  });

  it('survives oversized frames and room ids that are not ids', async () => {
    const sam = await viewer('Sam');
    const room = await joinRoom(server.url, 'show:demo', sam.token);
    room.sendRaw('x'.repeat(20_000));
    // Not a room id: refused by the ticket desk, and by the socket itself (before any ticket is looked up).
    expect((await call(`${server.url}/api/rooms/tickets`, { token: sam.token, body: { room: 'show:a\u0000b' } })).status).toBe(400);
    await expect(joinRoom(server.url, 'show:a%00b', sam.token, { ticket: 'any' })).rejects.toMatchObject({ code: 4404 });
    // Still serving.
    expect((await call(`${server.url}/healthz`)).status).toBe(200);
    const again = await joinRoom(server.url, 'show:demo', sam.token);
    await again.close();
  });

  it('bounds the sockets one address may hold open, and admits again once one closes', async () => {
    const kim = await viewer('Kim');
    const rooms = [];
    for (let index = 0; index < maxSocketsPerAddress; index++) rooms.push(await joinRoom(server.url, 'show:demo', kim.token));
    await expect(joinRoom(server.url, 'show:demo', kim.token)).rejects.toMatchObject({ code: 4429 });
    await rooms.pop()!.close();
    rooms.push(await joinRoom(server.url, 'show:demo', kim.token));
    await Promise.all(rooms.map((room) => room.close()));
  });

  it('refuses forged tokens and unknown rooms with a reason the page can show', async () => {
    await expect(joinRoom(server.url, 'show:demo', 'forged.token.here')).rejects.toMatchObject({ status: 401 });
    const max = await viewer('Max');
    await expect(joinRoom(server.url, 'show:nope', max.token)).rejects.toMatchObject({ code: 4404 });
  });

  it('opens a socket with a one-time ticket for one room, never with the token in the URL', async () => {
    const una = await viewer('Una');
    const url = (query: string) => `${server.url.replace('http', 'ws')}/ws?room=show:demo&${query}`;
    const closeCode = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    // The token itself does not open a socket.
    expect(await closeCode(new WebSocket(url(`token=${una.token}`)))).toBe(4401);
    const ticket = await roomTicket(server.url, 'show:demo', una.token);
    const room = await joinRoom(server.url, 'show:demo', una.token, { ticket });
    // Used once: the same ticket opens nothing more, and a ticket for one room opens no other.
    await expect(joinRoom(server.url, 'show:demo', una.token, { ticket })).rejects.toMatchObject({ code: 4401 });
    const forShow = await roomTicket(server.url, 'show:demo', una.token);
    await expect(joinRoom(server.url, 'show:other', una.token, { ticket: forShow })).rejects.toMatchObject({ code: 4401 });
    await room.close();
  });
});
