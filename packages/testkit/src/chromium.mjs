// Browser tests use Debian's Chromium (test tools' own browser downloads cannot be fetched
// here). Finds it, installs it with apt-get where we are root, or stops saying what is missing.
// Plain JavaScript: scripts/test.mjs and the web-test-runner config load it without a compiler.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * How every browser test starts Chromium: headless, no sandbox (containers run as root), and
 * nothing that phones home or updates itself during a run.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const CANDIDATES = [
  process.env['CHROMIUM_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** @returns {string | undefined} the first Chromium found: `CHROMIUM_PATH`, then Debian's and others' usual paths. */
export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path));
}

/**
 * Chromium's path, installing Debian's package first when it is missing and we may; exits the
 * process saying what to do otherwise. Sets `CHROMIUM_PATH` for child processes.
 * @returns {string}
 */
export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (isRoot && hasApt) {
    process.stdout.write("Chromium is missing; installing Debian's chromium package…\n");
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = findChromium();
  }
  if (!path) {
    process.stderr.write(
      'Browser tests need Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.\n',
    );
    process.exit(1);
  }
  process.env['CHROMIUM_PATH'] = path;
  return path;
}
