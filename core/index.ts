export { AppError, isAppError, type AppErrorKind } from './app-error.ts';
export { loadConfig, type Config } from './config.ts';
export * from './events.ts';
export * from './room-events.ts';
