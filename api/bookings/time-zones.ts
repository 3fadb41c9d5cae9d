import { DateTime } from 'luxon';

/**
 * The canonical IANA name of `name` ("europe/paris" → "Europe/Paris"), or null when it names no
 * time zone. Canonical names keep stored bookings and labels consistent whatever the browser sent.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!name || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A slot start as a shopper reads it in their zone: "Tue 1 Dec, 14:30". */
export function slotLabel(start: Date, timeZone: string): string {
  return DateTime.fromJSDate(start, { zone: timeZone }).toFormat('ccc d LLL, HH:mm', { locale: 'en-GB' });
}
