import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of DESIGN.md, enforced: imports run knowledge ← agent ← api; web sees only
 * the shared contract in core; evals may use any folder's public index.ts; nothing imports evals;
 * vendor SDKs stay in their adapter files.
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
  evals: ['core', 'knowledge', 'agent', 'api'],
};

/** Vendor SDKs and the only files that may import them. */
const vendorHomes: { pattern: RegExp; home: RegExp }[] = [
  { pattern: /^pg$|^pgvector/, home: /^knowledge\/(store|catalog|retrieval|testing)\// },
  { pattern: /^openai$/, home: /(^|\/)openai-[\w-]+\.ts$|\/fake-openai[\w-]*\.ts$/ },
  { pattern: /^@livekit\//, home: /^agent\/livekit\/|^api\/livekit/ },
  { pattern: /^@electric-sql\//, home: /^knowledge\/(store|testing)\/|^evals\/bench\// },
];

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

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
}

const files = folders.flatMap((folder) => sourceFiles(folder).map((file) => ({ folder, file })));

describe('the dependency rule', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('$file imports only what its folder may', ({ folder, file }) => {
    const problems: string[] = [];
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = path.relative(root, path.resolve(root, path.dirname(file), specifier)).split(path.sep);
        const targetFolder = target[0] as Folder;
        if (targetFolder === folder || !folders.includes(targetFolder)) continue;
        if (!allowed[folder].includes(targetFolder)) problems.push(`${specifier}: ${folder} may not import ${targetFolder}`);
        else if (target.length !== 2 || target[1] !== 'index.ts') problems.push(`${specifier}: import ${targetFolder}/index.ts, its public face`);
      } else {
        const vendor = vendorHomes.find((rule) => rule.pattern.test(specifier));
        if (vendor && !vendor.home.test(file.split(path.sep).join('/'))) problems.push(`${specifier}: vendor SDK outside its adapter`);
      }
    }
    expect(problems).toEqual([]);
  });
});
