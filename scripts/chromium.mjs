// Browser tests use Debian's Chromium (test tools' own browser downloads cannot be fetched
// here). Finds it, installs it with apt-get where we are root, or stops saying what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path));
}

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
  process.env.CHROMIUM_PATH = path;
  return path;
}
