export { createApp } from './app.ts';
export type { AppDependencies } from './app-dependencies.ts';
export { createServices } from './services.ts';
export { main } from './cli/main.ts';
export type { CliIo } from './cli/cli-io.ts';
export { startServer } from './server.ts';
export { startTestServer, type TestServer } from './testing/start-test-server.ts';
export { joinRoom, type RoomClient } from './testing/room-client.ts';
export { call } from './testing/http.ts';
