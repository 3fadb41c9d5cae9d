import type { CliIo } from './cli-io.ts';
import { main } from './main.ts';

/** Runs `vitrine …` in-process with its own environment and captures what it prints (for tests). */
export async function runCliInProcess(env: Record<string, string>, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    env: { LOG_LEVEL: 'silent', ...env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    interactive: false,
  };
  const code = await main(['node', 'vitrine', ...args], io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
