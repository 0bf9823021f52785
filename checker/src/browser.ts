/** Finding and starting a Chromium or Chrome already on the machine; never a download. */
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import CHROMIUM_FLAGS from './chromium-flags.json';
import { FatalError } from './errors.js';

/** Usual install paths, most likely first. */
export function candidatePaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const windows = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
    .filter((dir): dir is string => Boolean(dir))
    .flatMap((dir) => [join(dir, 'Google/Chrome/Application/chrome.exe'), join(dir, 'Chromium/Application/chrome.exe')]);
  return [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windows,
  ];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROME_PATH` when set (it must work), else the first usual path that exists. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, usable: (path: string) => boolean = isExecutable): string {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) {
    if (usable(chosen)) return chosen;
    throw new FatalError(`CHROME_PATH=${chosen} is not an executable file.`);
  }
  const found = candidatePaths(env).find(usable);
  if (found) return found;
  throw new FatalError(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
  );
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  // Without the background-networking flags Chromium keeps opening connections of its own.
  const args = [...CHROMIUM_FLAGS];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  try {
    return await puppeteer.launch({ executablePath, headless: true, args });
  } catch (error) {
    throw new FatalError(`Could not start ${executablePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
