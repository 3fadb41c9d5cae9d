export { AppError, isAppError, type AppErrorKind } from './app-error.ts';
export type {
  Booking,
  BookingCreated,
  CartLink,
  CartLinkCreated,
  CheckoutCart,
  Order,
  OrderLine,
  PricedLine,
  RecentOrder,
  Show,
  ShowAnalytics,
  ShowDetails,
  ShowSettings,
  Slot,
  StaffMember,
} from './api-types.ts';
export { loadConfig, type Config } from './config.ts';
export * from './events.ts';
export * from './room-events.ts';
