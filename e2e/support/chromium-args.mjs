// How every browser test here starts Debian's Chromium: headless, no sandbox (containers run
// as root), and nothing that phones home or updates itself during a run.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
