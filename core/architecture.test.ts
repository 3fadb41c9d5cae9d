import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of DESIGN.md, enforced: imports run knowledge ← agent ← api; web sees only
 * the shared contract in core; evals may use any folder's public index.ts; nothing imports evals;
 * vendor SDKs stay in their adapter files. The pages import the contract as types only (nothing of
 * the server ships to browsers); their end-to-end tests (web/e2e) start the server through api/index.ts.
 */
const root = path.resolve(import.meta.dirname, '..');
const folders = ['core', 'knowledge', 'agent', 'api', 'web', 'evals'] as const;
type Folder = (typeof folders)[number];

const allowed: Record<Folder, Folder[]> = {
  core: [],
  knowledge: ['core'],
  agent: ['core', 'knowledge'],
  api: ['core', 'knowledge', 'agent'],
  web: ['core'],
  evals: ['core', 'knowledge', 'agent', 'api', 'web'],
};

/** Vendor SDKs and the only files that may import them. */
const vendorHomes: { pattern: RegExp; home: RegExp }[] = [
  { pattern: /^pg$|^pgvector/, home: /^knowledge\/(store|catalog|retrieval|testing)\// },
  { pattern: /^openai$/, home: /(^|\/)openai-[\w-]+\.ts$|\/fake-openai[\w-]*\.ts$/ },
  { pattern: /^@livekit\//, home: /^agent\/livekit\/|^api\/livekit/ },
  { pattern: /^@electric-sql\//, home: /^knowledge\/(store|testing)\/|^evals\/bench\// },
  { pattern: /^playwright-core$/, home: /^web\/(testing|e2e)\/|^evals\/web\// },
];

/** Which folders a file may import: its folder's rule, widened for the browser tests. */
function allowedFor(folder: Folder, file: string): Folder[] {
  return file.startsWith(`web${path.sep}e2e${path.sep}`) ? ['core', 'api'] : allowed[folder];
}

function sourceFiles(folder: string): string[] {
  const directory = path.join(root, folder);
  let entries: string[] = [];
  try {
    entries = readdirSync(directory, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /\.(ts|tsx)$/.test(entry) && !entry.split(path.sep).includes('node_modules'))
    .map((entry) => path.join(folder, entry));
}

function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s([^'"]*?)from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({
    specifier: match[2] ?? match[3]!,
    typeOnly: match[1] !== undefined && /^type\s/.test(match[1]),
  }));
}

const files = folders.flatMap((folder) => sourceFiles(folder).map((file) => ({ folder, file })));

describe('the dependency rule', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('$file imports only what its folder may', ({ folder, file }) => {
    const problems: string[] = [];
    for (const { specifier, typeOnly } of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = path.relative(root, path.resolve(root, path.dirname(file), specifier)).split(path.sep);
        const targetFolder = target[0] as Folder;
        if (targetFolder === folder || !folders.includes(targetFolder)) continue;
        if (!allowedFor(folder, file).includes(targetFolder)) problems.push(`${specifier}: ${folder} may not import ${targetFolder}`);
        else if (file.startsWith(`web${path.sep}src${path.sep}`) && !typeOnly) problems.push(`${specifier}: pages import the contract with \`import type\` only`);
        else if (target.length !== 2 || target[1] !== 'index.ts') problems.push(`${specifier}: import ${targetFolder}/index.ts, its public face`);
      } else {
        const vendor = vendorHomes.find((rule) => rule.pattern.test(specifier));
        if (vendor && !vendor.home.test(file.split(path.sep).join('/'))) problems.push(`${specifier}: vendor SDK outside its adapter`);
      }
    }
    expect(problems).toEqual([]);
  });
});
