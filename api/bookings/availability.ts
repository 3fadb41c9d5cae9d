import { DateTime } from 'luxon';
import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 09:30');

/** One weekly opening of a staff member, in their own time zone (weekday 1 = Monday, ISO). */
export const availabilityRuleSchema = z
  .object({ weekday: z.number().int().min(1).max(7), start: clockTime, end: clockTime })
  .refine((rule) => rule.start < rule.end, { message: 'must end after it starts (overnight hours are two rules)' });

export type AvailabilityRule = z.infer<typeof availabilityRuleSchema>;

/** What slot generation needs to know about one staff member. */
export interface StaffSchedule {
  id: string;
  name: string;
  timeZone: string;
  slotMinutes: number;
  rules: AvailabilityRule[];
}

/** One bookable interval of one staff member. */
export interface OpenSlot {
  start: Date;
  end: Date;
  staffId: string;
  staffName: string;
}

/**
 * The rules stored in `staff.availability`, keeping the valid ones: one mistyped rule must not
 * close a stylist's whole calendar.
 */
export function readAvailability(stored: unknown): AvailabilityRule[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((rule) => {
    const parsed = availabilityRuleSchema.safeParse(rule);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The slots of `schedule` that start in [from, to). Rules are applied to each local calendar day
 * in the staff member's zone, so "10:00" stays 10:00 local across DST changes; steps within a
 * rule are elapsed minutes, so a rule spanning a change never yields overlapping slots.
 */
export function scheduleSlots(schedule: StaffSchedule, from: Date, to: Date): OpenSlot[] {
  const slots: OpenSlot[] = [];
  const last = DateTime.fromJSDate(to, { zone: schedule.timeZone }).startOf('day');
  for (let day = DateTime.fromJSDate(from, { zone: schedule.timeZone }).startOf('day'); day <= last; day = day.plus({ days: 1 })) {
    for (const rule of schedule.rules) {
      if (rule.weekday !== day.weekday) continue;
      const ruleEnd = atClockTime(day, rule.end);
      for (let start = atClockTime(day, rule.start); ; start = start.plus({ minutes: schedule.slotMinutes })) {
        const end = start.plus({ minutes: schedule.slotMinutes });
        if (end > ruleEnd) break;
        if (start.toMillis() < from.getTime() || start.toMillis() >= to.getTime()) continue;
        slots.push({ start: start.toJSDate(), end: end.toJSDate(), staffId: schedule.id, staffName: schedule.name });
      }
    }
  }
  return slots;
}

function atClockTime(day: DateTime, time: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}
