export { createApp, type AppDependencies } from './app.ts';
export { main } from './cli/main.ts';
export type { CliIo } from './cli/cli-io.ts';
export { startServer } from './server.ts';
