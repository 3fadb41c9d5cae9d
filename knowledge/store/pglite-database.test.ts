import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import { openPgliteDatabase } from './pglite-database.ts';

describe('the embedded database directory lock', () => {
  let root: string;
  let template: string;
  let copies = 0;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'vitrine-pglite-'));
    // Initialising a data directory is the slow part: do it once, and give each test a copy.
    template = path.join(root, 'template');
    await (await openPgliteDatabase(template)).close();
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function ownDataDir(): Promise<string> {
    const dataDir = path.join(root, `data-${++copies}`);
    await cp(template, dataDir, { recursive: true });
    return dataDir;
  }

  it('refuses a second open while the first is open, and opens again after close', async () => {
    const dataDir = await ownDataDir();
    const first = await openPgliteDatabase(dataDir);
    try {
      await first.query('create table marks (note text)');
      await first.query(`insert into marks values ('kept')`);
      expect(await readFile(path.join(dataDir, 'vitrine.pid'), 'utf8')).toBe(String(process.pid));

      const error = await openPgliteDatabase(dataDir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).kind).toBe('conflict');
      expect((error as AppError).message).toContain(`The embedded database in ${dataDir} is in use by another vitrine process`);
      expect((error as AppError).message).toMatch(/VITRINE_DATA_DIR|DATABASE_URL/);
      // The refused open must not have taken the lock from the first.
      expect((await first.query('select note from marks')).rows).toEqual([{ note: 'kept' }]);
    } finally {
      await first.close();
    }
    await expect(readFile(path.join(dataDir, 'vitrine.pid'), 'utf8')).rejects.toThrow(/ENOENT/);

    const again = await openPgliteDatabase(dataDir);
    try {
      expect((await again.query('select note from marks')).rows).toEqual([{ note: 'kept' }]);
    } finally {
      await again.close();
    }
  });

  it('refuses a directory whose pid file names another live process', async () => {
    // Refused before the database is touched: an empty directory will do.
    const dataDir = path.join(root, 'held-elsewhere');
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, 'vitrine.pid'), String(process.ppid));
    const error = await openPgliteDatabase(dataDir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(`in use by another vitrine process (pid ${process.ppid})`);
    expect(await readFile(path.join(dataDir, 'vitrine.pid'), 'utf8')).toBe(String(process.ppid));
  });

  describe('with a stale pid file', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await ownDataDir();
    });

    it.each([
      ['a process that has exited', () => String(spawnSync(process.execPath, ['-e', '']).pid)],
      // A container restarted after a kill runs vitrine under the same pid (often 1) as the run that left the file.
      ['this very process, which does not hold the directory', () => String(process.pid)],
      ['no pid at all', () => 'not a pid\n'],
    ])('is not blocked by one naming %s, and takes the lock', async (_, content) => {
      await writeFile(path.join(dataDir, 'vitrine.pid'), content());
      const db = await openPgliteDatabase(dataDir);
      try {
        expect(await readFile(path.join(dataDir, 'vitrine.pid'), 'utf8')).toBe(String(process.pid));
        expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
      } finally {
        await db.close();
      }
    });
  });
});
