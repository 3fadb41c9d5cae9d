#!/usr/bin/env node
// vitrine is TypeScript run by tsx: no build step between a clone and `npx vitrine`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../api/cli/main.ts');
process.exitCode = await main(process.argv);
