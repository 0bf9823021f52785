/** The folders and files a run writes into, checked before the browser starts. */
import { constants } from 'node:fs';
import { access, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/** Lists, in a folder the checker writes into, the files of its last run there. */
const MANIFEST = '.report-banner-files';

/** Creates `dir` when needed and proves it can be written; removes the previous run's own files. */
export async function prepareFolder(option: string, dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw new Error('it is not a folder');
    await access(dir, constants.W_OK | constants.X_OK);
    const probe = join(dir, `.report-banner-write-test-${process.pid}`);
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOTDIR' || (error as NodeJS.ErrnoException).code === 'EEXIST'
      ? 'a part of that path is a file, not a folder'
      : (error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM' || (error as NodeJS.ErrnoException).code === 'EROFS'
        ? 'no permission to write there'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new UsageError(`Cannot write ${option} ${dir}: ${reason}.`);
  }
  const previous = await readFile(join(dir, MANIFEST), 'utf8').catch(() => '');
  for (const name of previous.split('\n').filter((line) => line && !line.includes('/'))) {
    await rm(join(dir, name), { force: true });
  }
  await rm(join(dir, MANIFEST), { force: true });
}

/** Remembers which files this run wrote into `dir`, so the next run into it starts clean. */
export async function recordFiles(dir: string, paths: readonly string[]): Promise<void> {
  const names = paths.filter((path) => dirname(path) === dir).map((path) => path.slice(dir.length + 1));
  if (names.length > 0) await writeFile(join(dir, MANIFEST), `${names.join('\n')}\n`);
}

/** Proves the folder of an output file exists and can be written. */
export async function prepareFile(option: string, file: string): Promise<void> {
  try {
    const folder = dirname(file);
    if (!(await stat(folder)).isDirectory()) throw new Error(`${folder} is not a folder`);
    await access(folder, constants.W_OK);
    const existing = await stat(file).catch(() => undefined);
    if (existing?.isDirectory()) throw new Error('it is a folder');
  } catch (error) {
    throw new UsageError(`Cannot write ${option} ${file}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
