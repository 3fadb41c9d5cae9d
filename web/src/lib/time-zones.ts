/** Zones most of our shoppers book from: offered first, before the full list. */
export const commonTimeZones = [
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Dubai',
  'Australia/Sydney',
] as const;

/** The zone the browser runs in; UTC when the browser does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every zone the browser knows, for the "other zones" part of a picker (empty on old browsers). */
export function allTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

/** "Europe/Paris" → "Paris", "America/New_York" → "New York": what people recognise in a list. */
export function timeZoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** The calendar day of `iso` in `timeZone` as YYYY-MM-DD (a stable key to group slots by day). */
export function dayKey(iso: string | Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** Today's date in `timeZone`, as the slots API expects it in `from`. */
export function todayIn(timeZone: string): string {
  return dayKey(new Date(), timeZone);
}

/** "Tuesday 2 December" in `timeZone`. */
export function formatDay(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** "14:30" in `timeZone`. */
export function formatClock(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "Tuesday 2 December 2025, 14:30" in `timeZone`. */
export function formatDateTime(iso: string | Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
  return `${date}, ${formatClock(iso, timeZone)}`;
}
