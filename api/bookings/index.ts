export { type AvailabilityRule, availabilityRuleSchema } from './availability.ts';
export type { BookingResult } from './booking.ts';
export { bookingIcs, type BookingCalendarOptions } from './booking-calendar.ts';
export { BookingDesk, type BookingDeskDependencies } from './booking-desk.ts';
export type { BookingRequest, SlotQuery } from './booking-input.ts';
export { bookingRoutes, type BookingRoutesDependencies } from './booking-routes.ts';
export { demoStylists, seedDemoStaff } from './demo-staff.ts';
