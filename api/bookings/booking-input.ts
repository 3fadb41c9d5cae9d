import { z } from 'zod';
import { canonicalTimeZone } from './time-zones.ts';

/** An IANA zone name, turned into its canonical spelling. */
export const timeZoneSchema = z
  .string()
  .trim()
  .transform((name, context) => {
    const zone = canonicalTimeZone(name);
    if (!zone) context.addIssue({ code: 'custom', message: `"${name.slice(0, 64)}" is not an IANA time zone such as Europe/Paris` });
    return zone ?? z.NEVER;
  });

/** A slot start: an ISO 8601 instant with its offset ("2026-03-30T08:00:00.000Z"). */
export const slotStartSchema = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset, as listed in the slots' });

const staffIdSchema = z.string().trim().min(1).max(100);

export const slotQuerySchema = z.object({
  from: z.iso.date({ error: 'must be a date such as 2026-03-30' }).optional(),
  days: z.coerce.number().int().min(1).max(31).default(7),
  timeZone: timeZoneSchema.default('UTC'),
  staffId: staffIdSchema.optional(),
});

export type SlotQuery = z.input<typeof slotQuerySchema>;

export const bookingRequestSchema = z.object({
  start: slotStartSchema,
  staffId: staffIdSchema.optional(),
  name: z.string().trim().min(1, 'is required').max(80),
  // A simple shape check: the address is only shown to staff, never mailed by vitrine itself.
  email: z
    .string()
    .trim()
    .max(254)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address such as ann@example.com'),
  timeZone: timeZoneSchema,
  note: z.string().trim().max(500).default(''),
});

export type BookingRequest = z.input<typeof bookingRequestSchema>;

export const rescheduleSchema = z.object({ start: slotStartSchema, staffId: staffIdSchema.optional() });

export const bookingListQuerySchema = z.object({
  from: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be a date or an ISO 8601 date-time' }).optional(),
});
