import { startFakeChatServer } from '../../agent/index.ts';
import { scriptedModel } from './scripted-model.ts';

/**
 * The scripted model as its own process, so the brain's measured time does not include the fake
 * server's work: `tsx evals/brain/fake-model-server.ts <latencyMs>` prints its base URL, then
 * serves until its parent closes stdin.
 */
const server = await startFakeChatServer(scriptedModel, { latencyMs: Number(process.argv[2] ?? 0) });
process.stdout.write(`${server.baseUrl}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
