/** Finding and starting a Chromium or Chrome already on the machine; never a download. */
import { accessSync, constants, rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/** Where Chromium puts its singleton socket inside its TMPDIR (the Xs are random). */
const SOCKET_TAIL = '/org.chromium.Chromium.XXXXXX/SingletonSocket';
/** The longest socket path every POSIX system takes (macOS: 103 bytes; Linux: 107). */
const MAX_SOCKET_PATH = 103;
const PROFILE_PREFIX = 'report-banner-';

/**
 * The folder to make the temporary profile in: the system's temporary folder, unless its path is
 * so long that Chromium's socket inside the profile would not fit (Chromium then refuses to
 * start); then `/tmp`. Windows has no such socket.
 */
export function profileParent(temporary: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return temporary;
  const socket = join(temporary, `${PROFILE_PREFIX}XXXXXX`, 'tmp').length + SOCKET_TAIL.length;
  return socket <= MAX_SOCKET_PATH ? temporary : '/tmp';
}

export interface RunningBrowser {
  browser: Browser;
  /** The browser's own version, e.g. "Chrome/131.0.6778.85". */
  version: string;
  /** Closes the browser and removes its temporary profile; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the browser with a profile in a fresh temporary folder, and points HOME, TMPDIR and the
 * XDG folders into it, so nothing is written into the user's own browser or desktop settings.
 */
export async function launchBrowser(executablePath: string): Promise<RunningBrowser> {
  const profile = await mkdtemp(join(profileParent(tmpdir()), PROFILE_PREFIX));
  const remove = () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  // Removed even when the process ends another way (an uncaught error, a second Ctrl-C), or when
  // a browser that failed to start still wrote into it on its way out.
  process.once('exit', remove);
  // Without the background-networking flags Chromium keeps opening connections of its own;
  // without AutomationControlled a site can tell it is driven (navigator.webdriver).
  const args = [...CHROMIUM_FLAGS, '--disable-blink-features=AutomationControlled', '--window-size=1280,800'];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const env = {
    ...process.env,
    HOME: profile,
    XDG_CONFIG_HOME: join(profile, 'config'),
    XDG_CACHE_HOME: join(profile, 'cache'),
    XDG_DATA_HOME: join(profile, 'data'),
    XDG_STATE_HOME: join(profile, 'state'),
    // Chromium keeps its own scratch folders in TMPDIR.
    TMPDIR: join(profile, 'tmp'),
  };
  await mkdir(env.TMPDIR, { recursive: true });
  let browser: Browser;
  try {
    // The checker handles signals itself (it keeps what was checked); puppeteer would close the browser under it.
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args,
      userDataDir: join(profile, 'chromium'),
      env,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    remove();
    throw new FatalError(`Could not start ${executablePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let closing: Promise<void> | undefined;
  return {
    browser,
    version: (await browser.version()).replace('HeadlessChrome', 'Chrome'),
    close: () =>
      (closing ??= browser
        .close()
        .catch(() => browser.process()?.kill('SIGKILL'))
        .then(() => {
          remove();
          process.removeListener('exit', remove);
        })),
  };
}
