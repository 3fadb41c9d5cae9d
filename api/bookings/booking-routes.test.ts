import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Booking } from '../../core/index.ts';
import type { Database } from '../../knowledge/index.ts';
import { authenticate } from '../auth/authenticate.ts';
import { TokenIssuer } from '../auth/tokens.ts';
import { httpErrorHandler } from '../http-errors.ts';
import { BookingDesk } from './booking-desk.ts';
import { bookingRoutes } from './booking-routes.ts';
import { addStylist, openBookingTestStore, resetBookings } from './booking-test-store.ts';
import { ApiRegistry } from '../api-registry.ts';

const now = new Date('2026-03-27T08:00:00Z');
const publicUrl = 'https://shop.example';
let db: Database;
let tokens: TokenIssuer;
let server: Server;
let base: string;

beforeAll(async () => {
  db = await openBookingTestStore();
  tokens = new TokenIssuer('a-test-secret-that-is-long-enough-0123456789', () => now);
  const app = express();
  app.use(express.json());
  app.use(authenticate(tokens));
  app.use(bookingRoutes({ registry: new ApiRegistry(), bookings: new BookingDesk({ db, clock: () => now }), tokens, publicUrl, storeName: 'Maison Vitrine' }));
  app.use(httpErrorHandler(pino({ level: 'silent' })));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});
beforeEach(async () => {
  await resetBookings(db);
  await addStylist(db, {
    id: 'camille',
    name: 'Camille Laurent',
    timeZone: 'Europe/Paris',
    availability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '10:00', end: '12:00' })),
  });
});

interface Created {
  booking: Booking;
  token: string;
  callUrl: string;
  manageUrl: string;
  icsUrl: string;
}

async function call(path: string, options: { method?: string; token?: string; body?: unknown; rawBody?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method: options.method ?? (options.body !== undefined || options.rawBody !== undefined ? 'POST' : 'GET'),
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, text, json };
}

const request = { start: '2026-03-30T08:00:00.000Z', name: 'Ann Shopper', email: 'ann@example.com', timeZone: 'America/New_York' };

async function book(body: Record<string, unknown> = request): Promise<Created> {
  const response = await call('/api/bookings', { body });
  expect(response.status).toBe(201);
  return response.json as Created;
}

const staffToken = () => tokens.issue({ id: 'host-1', role: 'host', name: 'Hana Host', room: null });

describe('public routes', () => {
  it('lists staff and slots in the viewer zone', async () => {
    expect((await call('/api/staff')).json).toEqual({ staff: [{ id: 'camille', name: 'Camille Laurent', title: 'Stylist', timeZone: 'Europe/Paris' }] });
    const slots = await call('/api/bookings/slots?from=2026-03-30&days=1&timeZone=America/New_York&staffId=camille');
    expect(slots.status).toBe(200);
    expect(slots.json.timeZone).toBe('America/New_York');
    expect(slots.json.slots[0]).toMatchObject({ start: '2026-03-30T08:00:00.000Z', label: 'Mon 30 Mar, 04:00' });
    // Without `from`: today in UTC (the clock's Friday), then Monday.
    const defaults = await call('/api/bookings/slots?days=4');
    expect(defaults.json.timeZone).toBe('UTC');
    expect(defaults.json.slots.map((slot: { start: string }) => slot.start.slice(0, 10))).toEqual([...Array(4).fill('2026-03-27'), ...Array(4).fill('2026-03-30')]);
  });

  it('names the bad field of a slot query', async () => {
    const response = await call('/api/bookings/slots?days=forty&timeZone=Nowhere/Land');
    expect(response.status).toBe(400);
    expect(response.json.error.kind).toBe('invalid-input');
    expect(response.json.error.message).toMatch(/days: .*timeZone: /);
  });
});

describe('booking over HTTP', () => {
  it('books, and the customer token opens that booking only', async () => {
    const created = await book();
    const { id } = created.booking;
    expect(created.booking).toMatchObject({ staffId: 'camille', start: request.start, status: 'confirmed', roomId: `call:${id}` });
    expect(created.callUrl).toBe(`${publicUrl}/call/${id}#token=${created.token}`);
    expect(created.manageUrl).toBe(`${publicUrl}/book?booking=${id}#token=${created.token}`);
    expect(created.icsUrl).toBe(`/api/bookings/${id}/ics?token=${created.token}`);
    expect(await tokens.verify(created.token)).toEqual({ id: `customer:${id}`, role: 'customer', name: 'Ann Shopper', room: `call:${id}` });

    const own = await call(`/api/bookings/${id}`, { token: created.token });
    expect(own.status).toBe(200);
    expect(own.json).toEqual({ booking: created.booking });
    expect(own.headers.get('cache-control')).toBe('no-store');
    expect((await call(`/api/bookings/${id}`, { token: await staffToken() })).status).toBe(200);

    const viewer = await tokens.issue({ id: 'viewer-1', role: 'viewer', name: 'Vic', room: null });
    expect((await call(`/api/bookings/${id}`, { token: viewer })).status).toBe(403);
    const other = await book({ ...request, start: '2026-03-30T09:00:00.000Z', name: 'Bea' });
    expect((await call(`/api/bookings/${id}`, { token: other.token })).json.error.kind).toBe('forbidden');
    const forged = `${created.token.slice(0, -4)}AAAA`;
    expect((await call(`/api/bookings/${id}`, { token: forged })).status).toBe(401);
    expect((await call(`/api/bookings/${id}`)).status).toBe(401);
    expect((await call('/api/bookings/bk_unknown', { token: created.token })).status).toBe(404);
  });

  it('serves the calendar file with the token in the query string', async () => {
    const created = await book();
    const response = await call(created.icsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="vitrine-call-${created.booking.id}.ics"`);
    const lines = response.text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toEqual(expect.arrayContaining(['DTSTART:20260330T080000Z', `UID:${created.booking.id}@vitrine`, 'STATUS:CONFIRMED']));
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain(created.callUrl);

    const staffFile = await call(`/api/bookings/${created.booking.id}/ics?token=${await staffToken()}`);
    expect(staffFile.status).toBe(200);
    expect(staffFile.text).not.toContain('token=');
    expect((await call(`/api/bookings/${created.booking.id}/ics?token=forged`)).status).toBe(401);
    expect((await call(`/api/bookings/${created.booking.id}/ics`)).status).toBe(401);
  });

  it('answers 409 for a taken slot and 400 for bad bodies', async () => {
    await book();
    const taken = await call('/api/bookings', { body: { ...request, name: 'Bea' } });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toEqual({ kind: 'conflict', message: expect.any(String) });

    const malformed = await call('/api/bookings', { rawBody: '{"start": "2026-03-30T08:00:00Z",' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.kind).toBe('invalid-input');

    const wrongTypes = await call('/api/bookings', { body: { ...request, name: 42, email: ['ann@example.com'] } });
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.json.error.message).toMatch(/^name: .*; email: /);

    const badZone = await call('/api/bookings', { body: { ...request, timeZone: 'Mars/Base' } });
    expect(badZone.json.error.message).toMatch(/^timeZone: /);
  });

  it('reschedules and cancels for the customer, with 409 on a taken slot', async () => {
    const created = await book();
    const { id } = created.booking;
    await book({ ...request, start: '2026-03-30T09:00:00.000Z', name: 'Bea' });

    const taken = await call(`/api/bookings/${id}/reschedule`, { token: created.token, body: { start: '2026-03-30T09:00:00.000Z' } });
    expect(taken.status).toBe(409);
    const moved = await call(`/api/bookings/${id}/reschedule`, { token: created.token, body: { start: '2026-03-30T09:30:00.000Z' } });
    expect(moved.status).toBe(200);
    expect(moved.json.booking).toMatchObject({ id, start: '2026-03-30T09:30:00.000Z', sequence: 1 });
    // A fresh customer token that lasts until a week after the moved call.
    const fresh = await tokens.verify(moved.json.token);
    expect(fresh).toMatchObject({ id: `customer:${id}`, role: 'customer', room: created.booking.roomId });
    const expiresAt = JSON.parse(Buffer.from(moved.json.token.split('.')[1], 'base64url').toString()).exp * 1000;
    expect(expiresAt).toBeGreaterThanOrEqual(Date.parse('2026-03-30T10:00:00.000Z') + 7 * 24 * 3_600_000);
    expect((await call(`/api/bookings/${id}/reschedule`, { token: created.token, body: { start: 5 } })).json.error.message).toMatch(/^start: /);

    const viewer = await tokens.issue({ id: 'viewer-1', role: 'viewer', name: 'Vic', room: null });
    expect((await call(`/api/bookings/${id}/cancel`, { token: viewer, body: {} })).status).toBe(403);
    const cancelled = await call(`/api/bookings/${id}/cancel`, { token: created.token, body: {} });
    expect(cancelled.json.booking).toMatchObject({ id, status: 'cancelled', sequence: 2 });
    const again = await call(`/api/bookings/${id}/cancel`, { token: created.token, method: 'POST' });
    expect(again.status).toBe(200);
    expect(again.json.booking).toEqual(cancelled.json.booking);
    expect((await call('/api/bookings/bk_unknown/cancel', { token: await staffToken(), body: {} })).status).toBe(404);
  });

  it('lets the customer cancel or move a call only up to 2 hours before it; staff may still', async () => {
    // 1.5 hours after the test clock: bookable (1 hour notice), too late for the customer to change.
    const soon = await book({ ...request, start: '2026-03-27T09:30:00.000Z' });
    const { id } = soon.booking;
    const cancel = await call(`/api/bookings/${id}/cancel`, { token: soon.token, body: {} });
    expect(cancel.status).toBe(409);
    expect(cancel.json.error.message).toMatch(/up to 2 hours before/);
    expect((await call(`/api/bookings/${id}/reschedule`, { token: soon.token, body: { start: '2026-03-30T09:30:00.000Z' } })).status).toBe(409);
    expect((await call(`/api/bookings/${id}`, { token: soon.token })).json.booking.status).toBe('confirmed');
    const byStaff = await call(`/api/bookings/${id}/cancel`, { token: await staffToken(), body: {} });
    expect(byStaff.json.booking).toMatchObject({ id, status: 'cancelled' });
  });

  it('lists bookings for staff only', async () => {
    const created = await book();
    expect((await call('/api/bookings')).status).toBe(401);
    expect((await call('/api/bookings', { token: created.token })).status).toBe(403);
    const listed = await call('/api/bookings?from=2026-03-30', { token: await staffToken() });
    expect(listed.status).toBe(200);
    expect(listed.json.bookings.map((booking: Booking) => booking.id)).toEqual([created.booking.id]);
    expect((await call('/api/bookings?from=yesterday', { token: await staffToken() })).status).toBe(400);
  });
});
