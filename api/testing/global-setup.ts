import { ensureWebBuild } from '../web-build.ts';

/** Vitest global setup: build the pages once, before test files start servers that serve them in parallel. */
export default async function setup() {
  await ensureWebBuild();
}
