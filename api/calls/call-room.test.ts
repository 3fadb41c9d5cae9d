import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../testing/http.ts';
import { joinRoom } from '../testing/room-client.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function book() {
  const { body } = await call(`${server.url}/api/bookings/slots?days=7&timeZone=Europe/Paris`);
  // More than 2 hours away, so the customer may still cancel it.
  const slot = body.slots.find((open: { start: string }) => Date.parse(open.start) > Date.now() + 3 * 3_600_000);
  const booked = await call(`${server.url}/api/bookings`, { body: { start: slot.start, staffId: slot.staffId, name: 'Chloé', email: 'chloe@example.com', timeZone: 'Europe/Paris' } });
  expect(booked.status).toBe(201);
  return booked.body as { booking: { id: string; roomId: string }; token: string };
}

describe('one-to-one concierge call rooms', () => {
  it('admits only the booked customer and the staff; the concierge answers privately and knows the customer', async () => {
    const { booking, token } = await book();
    const customer = await joinRoom(server.url, booking.roomId, token);
    expect(customer.welcome.room).toMatchObject({ kind: 'call', mode: 'concierge' });

    const { body: viewer } = await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'Nosy' } });
    await expect(joinRoom(server.url, booking.roomId, viewer.token)).rejects.toMatchObject({ code: 4403 });
    const other = await book();
    await expect(joinRoom(server.url, booking.roomId, other.token)).rejects.toMatchObject({ code: 4403 });

    const stylist = await joinRoom(server.url, booking.roomId, server.staffToken);
    customer.send("I'm a size M and my budget is $250. Do you have a cashmere sweater?");
    const reply = await customer.waitFor('reply');
    expect(reply.audience).toBe('private');
    expect(reply.text).toMatch(/\bAI\b/);
    // The staff serving the call see the conversation.
    await stylist.waitFor('reply');
    await Promise.all([customer.close(), stylist.close()]);
  });

  it('lets a stylist take over (the AI stays quiet) and hand back', async () => {
    const { booking, token } = await book();
    const customer = await joinRoom(server.url, booking.roomId, token);
    const stylist = await joinRoom(server.url, booking.roomId, server.staffToken);
    const taken = await call(`${server.url}/api/calls/${booking.id}/takeover`, { token: server.staffToken, body: { active: true } });
    expect(taken.body.takeover).toEqual({ active: true, by: 'Host' });
    await customer.waitFor('takeover', (event) => event.active);
    customer.send('Can you check the fit of the cashmere crew for me?');
    await stylist.waitFor('chat-message', (event) => event.text.startsWith('Can you check the fit'));
    stylist.send('Of course — it runs true to size; I would take your usual M.');
    await customer.waitFor('chat-message', (event) => event.participant.role === 'admin');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customer.events.some((event) => event.event.type === 'reply')).toBe(false);

    await call(`${server.url}/api/calls/${booking.id}/takeover`, { token: server.staffToken, body: { active: false } });
    await customer.waitFor('takeover', (event) => !event.active);
    customer.send('Thanks! How much is the cashmere crew?');
    expect((await customer.waitFor('reply')).text).toMatch(/\$/);
    const { body: viewer } = await call(`${server.url}/api/auth/viewer`, { body: { displayName: 'V' } });
    expect((await call(`${server.url}/api/calls/${booking.id}/takeover`, { token: viewer.token, body: { active: true } })).status).toBe(403);
    await Promise.all([customer.close(), stylist.close()]);
  });

  it('knows the customer from their booking note, and an e-mail typed by someone else opens nothing of theirs', async () => {
    const { body: slots } = await call(`${server.url}/api/bookings/slots?days=7&timeZone=Europe/Paris`);
    const [first, second] = [slots.slots[0], slots.slots[1]];
    const own = await call(`${server.url}/api/bookings`, { body: { start: first.start, staffId: first.staffId, name: 'Chloé', email: 'chloe@example.com', timeZone: 'Europe/Paris', note: "I'm a size M and my budget is $300." } });
    const ownId = (await server.services.tokens.verify(own.body.token)).id;
    expect(await server.services.shop.memory.loadProfile(ownId)).toMatchObject({ sizes: { clothing: 'M' }, budget: 300 });
    const other = await call(`${server.url}/api/bookings`, { body: { start: second.start, staffId: second.staffId, name: 'Not Chloé', email: 'chloe@example.com', timeZone: 'Europe/Paris' } });
    const otherId = (await server.services.tokens.verify(other.body.token)).id;
    expect(otherId).not.toBe(ownId);
    expect((await server.services.shop.memory.loadProfile(otherId)).sizes).toEqual({});
  });

  it("admits the call's own stylist, not another host", async () => {
    const { body } = await call(`${server.url}/api/bookings/slots?days=7&timeZone=Europe/Paris&staffId=camille-laurent`);
    expect(body.slots.length).toBeGreaterThan(0);
    const booked = await call(`${server.url}/api/bookings`, { body: { start: body.slots[0].start, staffId: 'camille-laurent', name: 'Zoé', email: 'zoe@example.com', timeZone: 'Europe/Paris' } });
    const { booking } = booked.body;
    const camille = await call(`${server.url}/api/admin/tokens`, { token: server.staffToken, body: { role: 'host', staffId: 'camille-laurent' } });
    expect(camille.status).toBe(201);
    expect(camille.body.participant).toEqual({ id: 'staff:camille-laurent', name: 'Camille Laurent', role: 'host' });
    const showHost = await call(`${server.url}/api/admin/tokens`, { token: server.staffToken, body: { role: 'host', name: 'Show host' } });
    const room = await joinRoom(server.url, booking.roomId, camille.body.token);
    await expect(joinRoom(server.url, booking.roomId, showHost.body.token)).rejects.toMatchObject({ code: 4403 });
    expect((await call(`${server.url}/api/calls/${booking.id}/takeover`, { token: showHost.body.token, body: { active: true } })).status).toBe(403);
    const taken = await call(`${server.url}/api/calls/${booking.id}/takeover`, { token: camille.body.token, body: { active: true } });
    expect(taken.body.takeover).toEqual({ active: true, by: 'Camille Laurent' });
    expect((await call(`${server.url}/api/admin/tokens`, { token: camille.body.token, body: { role: 'admin', name: 'Me' } })).status).toBe(403);
    await call(`${server.url}/api/calls/${booking.id}/takeover`, { token: camille.body.token, body: { active: false } });

    // What the customer asks a person in this call is for Camille, not for another host.
    const customer = await joinRoom(server.url, booking.roomId, booked.body.token);
    customer.send("I'd like to talk to a person, please.");
    await customer.waitFor('reply');
    const forCamille = (await call(`${server.url}/api/questions?room=${booking.roomId}`, { token: camille.body.token })).body.questions;
    expect(forCamille).toHaveLength(1);
    expect((await call(`${server.url}/api/questions?room=${booking.roomId}`, { token: showHost.body.token })).body.questions).toEqual([]);
    expect((await call(`${server.url}/api/questions/${forCamille[0].id}/answer`, { token: showHost.body.token, body: { text: 'hi' } })).status).toBe(403);
    expect((await call(`${server.url}/api/offers?session=${booking.roomId}`, { token: showHost.body.token })).status).toBe(403);
    const answered = await call(`${server.url}/api/questions/${forCamille[0].id}/answer`, { token: camille.body.token, body: { text: 'Camille here — how can I help?', learn: true } });
    // Answers in a private call are never published as store knowledge.
    expect(answered.body.learned).toBe(false);
    await Promise.all([room.close(), customer.close()]);
  });

  it('closes a cancelled call to its customer', async () => {
    const { booking, token } = await book();
    await call(`${server.url}/api/bookings/${booking.id}/cancel`, { token, body: {} });
    await expect(joinRoom(server.url, booking.roomId, token)).rejects.toMatchObject({ code: 4404 });
  });
});
