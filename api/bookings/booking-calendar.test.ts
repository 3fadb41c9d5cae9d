import { describe, expect, it } from 'vitest';
import type { Booking } from '../../core/index.ts';
import { bookingIcs } from './booking-calendar.ts';

const booking: Booking = {
  id: 'bk_AbC-123_xyz',
  staffId: 'camille',
  staffName: 'Camille Laurent',
  customerName: 'Ann Shopper',
  email: 'ann@example.com',
  start: '2026-03-30T08:00:00.000Z',
  end: '2026-03-30T08:30:00.000Z',
  timeZone: 'America/New_York',
  status: 'confirmed',
  note: '',
  roomId: 'call:bk_AbC-123_xyz',
  sequence: 0,
  updatedAt: '2026-03-27T08:00:00.000Z',
};

const callUrl = 'https://shop.example/call/bk_AbC-123_xyz?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXN0b21lcjpia19BYkMtMTIzX3h5eiJ9.c2lnbmF0dXJl';

/** Content lines with folding undone (RFC 5545 §3.1), as a calendar app reads them. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

describe('bookingIcs', () => {
  it('writes one event in UTC with a stable UID, the organizer and the join link', () => {
    const ics = bookingIcs(booking, { storeName: 'Maison Vitrine', callUrl });
    const lines = contentLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.every((line) => /^[A-Z-]+[;:]/.test(line))).toBe(true);
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:PUBLISH',
        'UID:bk_AbC-123_xyz@vitrine',
        'DTSTART:20260330T080000Z',
        'DTEND:20260330T083000Z',
        'DTSTAMP:20260327T080000Z',
        'SEQUENCE:0',
        'STATUS:CONFIRMED',
        'SUMMARY:Private styling call — Maison Vitrine',
        'ORGANIZER;CN="Camille Laurent":MAILTO:concierge@vitrine.invalid',
        `URL:${callUrl}`,
      ]),
    );
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain(`Join the call: ${callUrl}`);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('marks a cancelled booking with a higher sequence, so calendars update the same event', () => {
    const lines = contentLines(bookingIcs({ ...booking, status: 'cancelled', sequence: 2 }, { storeName: 'Maison Vitrine', callUrl }));
    expect(lines).toEqual(expect.arrayContaining(['UID:bk_AbC-123_xyz@vitrine', 'STATUS:CANCELLED', 'SEQUENCE:2']));
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toMatch(/cancelled/);
  });
});
