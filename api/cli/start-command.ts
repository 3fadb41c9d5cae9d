import { loadConfig } from '../../core/index.ts';
import { startServer } from '../server.ts';
import type { CliIo } from './cli-io.ts';

/** `vitrine start` / `npm start`: serves until interrupted, after printing where to go. */
export async function startCommand(io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const server = await startServer(config);
  const base = config.publicUrl.includes(':0') ? server.url : config.publicUrl;
  const show = server.showIds[0];
  io.stdout(
    [
      '',
      'vitrine is running',
      show ? `  Live show (viewers):  ${base}/show/${show}` : '  No show yet: create one on the admin page.',
      `  Book a private call:  ${base}/book`,
      // On a server database the logs are read by others: no token in them; `vitrine token` prints one on request.
      ...(config.databaseUrl
        ? [`  Host dashboard:       ${base}/dashboard`, `  Admin:                ${base}/admin`, `  API (OpenAPI):        ${base}/api/openapi.json`, '', '  Staff sign-in link:   npx vitrine token --role admin', '']
        : [
            `  Host dashboard:       ${base}/dashboard#token=${server.staffToken}`,
            `  Admin:                ${base}/admin#token=${server.staffToken}`,
            `  API (OpenAPI):        ${base}/api/openapi.json`,
            '',
            `  Host/admin token for local use (valid 7 days): ${server.staffToken}`,
            '',
          ]),
    ].join('\n') + '\n',
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
