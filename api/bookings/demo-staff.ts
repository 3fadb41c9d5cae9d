import type { Database } from '../../knowledge/index.ts';
import type { AvailabilityRule } from './availability.ts';

interface DemoStylist {
  id: string;
  name: string;
  title: string;
  timeZone: string;
  slotMinutes: number;
  availability: AvailabilityRule[];
}

const weekdays = (days: number[], start: string, end: string): AvailabilityRule[] => days.map((weekday) => ({ weekday, start, end }));

/** Two stylists on two continents, so the demo shows time zones at work. */
export const demoStylists: DemoStylist[] = [
  {
    id: 'camille-laurent',
    name: 'Camille Laurent',
    title: 'Senior stylist',
    timeZone: 'Europe/Paris',
    slotMinutes: 30,
    availability: [...weekdays([1, 2, 3, 4, 5], '10:00', '18:00'), ...weekdays([6], '10:00', '14:00')],
  },
  {
    id: 'maya-chen',
    name: 'Maya Chen',
    title: 'Personal shopper',
    timeZone: 'America/New_York',
    slotMinutes: 45,
    availability: weekdays([1, 2, 3, 4, 5, 6], '09:00', '17:00'),
  },
];

/**
 * Gives a store with no staff the demo stylists; a store that has set up its own staff (even
 * all inactive) is left alone. True when this call seeded them.
 */
export async function seedDemoStaff(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ present: boolean }>('select exists (select 1 from staff) as present');
    if (rows[0]?.present) return false;
    for (const stylist of demoStylists) {
      // `on conflict` too: two processes seeding one server at once must not fail.
      await tx.query(
        `insert into staff (id, name, title, time_zone, availability, slot_minutes) values ($1, $2, $3, $4, $5, $6)
         on conflict (id) do nothing`,
        [stylist.id, stylist.name, stylist.title, stylist.timeZone, JSON.stringify(stylist.availability), stylist.slotMinutes],
      );
    }
    return true;
  });
}
