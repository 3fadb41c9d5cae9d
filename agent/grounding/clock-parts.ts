import type { CalendarDate } from './claim.ts';

/** A moment as a wall clock shows it somewhere: the date and the minutes after midnight. */
export interface ClockReading {
  date: CalendarDate & { year: number };
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** The wall-clock reading of `moment` in an IANA time zone. */
export function readClock(moment: Date, timeZone: string): ClockReading {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(moment)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    date: { year: parts.year!, month: parts.month!, day: parts.day! },
    minutes: (parts.hour! % 24) * 60 + parts.minute!,
  };
}

/** The wall-clock reading at a fixed UTC offset ("+02:00" → 120). */
export function readClockAtOffset(moment: Date, offsetMinutes: number): ClockReading {
  const shifted = new Date(moment.getTime() + offsetMinutes * 60_000);
  return {
    date: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The UTC offset written in an ISO timestamp ("…+02:00" → 120, "…Z" → 0), or null when none is written. */
export function writtenOffset(iso: string): number | null {
  const match = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i.exec(iso.trim());
  if (!match) return null;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
