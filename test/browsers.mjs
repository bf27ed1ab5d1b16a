// The three engines the browser tests run in, each from the system's packages (nothing
// downloads a browser):
//   chromium  Debian's chromium, over the DevTools protocol (puppeteer-core);
//   firefox   Debian's firefox-esr, over WebDriver BiDi (puppeteer-core);
//   webkit    WebKitGTK's MiniBrowser (webkit2gtk-driver), over classic WebDriver, on a
//             virtual display (xvfb) that this module starts and stops.
// CHROME_PATH, FIREFOX_PATH and MINIBROWSER_PATH point at other binaries.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
// One copy of the browsers' paths, and the flags and preferences that keep them off the network,
// shared with the checks of the built files (check-pages, check-lib).
import { BINARIES, CHROMIUM_ARGS, firefoxLaunchOptions } from '../scripts/browser-engines.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What each engine needs on this machine, and the Debian package that provides it. */
const REQUIREMENTS = {
  chromium: [BINARIES.chromium],
  firefox: [BINARIES.firefox],
  webkit: [
    { path: MINIBROWSER, package: 'webkit2gtk-driver' },
    { path: '/usr/bin/WebKitWebDriver', package: 'webkit2gtk-driver' },
    { path: '/usr/bin/Xvfb', package: 'xvfb' },
  ],
};

/** The missing binaries of an engine, as "path (apt-get install package)" lines. */
export function missing(engine) {
  return REQUIREMENTS[engine].filter(({ path }) => !existsSync(path)).map((r) => `${r.path} (apt-get install ${r.package})`);
}

/** A TCP port nobody listens on now (the system's choice, so that runs going at once do not race for one). */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a process that this Node process stops when it exits, however it exits. What it
 * writes to stderr goes to ours, each line marked with its name: when WebKit fails to start
 * on a new machine, its driver's reason is in the log.
 */
function startOwned(command, args, env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: false });
  const name = command.split('/').at(-1);
  let pending = '';
  child.stderr.on('data', (chunk) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop();
    for (const line of lines) if (line.trim()) process.stderr.write(`[${name}] ${line}\n`);
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  return child;
}

/** Waits until WebKitWebDriver answers its status endpoint. */
async function waitForDriver(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

/** A free X display number: Xvfb writes a lock file per display it holds. */
function freeDisplay() {
  for (let n = 90; n < 190; n++) if (!existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('no free X display between :90 and :189');
}

/** Xvfb and WebKitWebDriver for this run; both stop when the process exits. */
async function startWebKitDriver() {
  const display = `:${freeDisplay()}`;
  const xvfb = startOwned('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
  for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${display.slice(1)}`); i++) await new Promise((r) => setTimeout(r, 100));
  if (xvfb.exitCode !== null) throw new Error(`Xvfb exited with ${xvfb.exitCode}`);
  const port = await freePort();
  const driver = startOwned('/usr/bin/WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { ...process.env, DISPLAY: display });
  await waitForDriver(port, driver);
  return port;
}

/** The Web Test Runner launcher of one engine. */
export async function launcherFor(engine) {
  if (engine === 'chromium') {
    return chromeLauncher({
      launchOptions: {
        executablePath: BINARIES.chromium.path,
        headless: true,
        // Element.computedRole / computedName: what assistive technology is told, for the a11y tests.
        args: [...CHROMIUM_ARGS, '--enable-experimental-web-platform-features'],
      },
    });
  }
  if (engine === 'firefox') {
    const { options, remove } = firefoxLaunchOptions();
    process.once('exit', remove);
    return chromeLauncher({ puppeteer: puppeteerCore, launchOptions: options });
  }
  if (engine === 'webkit') {
    const port = await startWebKitDriver();
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // This WebKitGTK's driver speaks classic WebDriver only (no BiDi).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
  }
  throw new Error(`unknown engine ${engine}; one of ${ENGINES.join(', ')}`);
}
