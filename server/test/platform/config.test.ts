import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConfigError, configFields, loadConfig } from '../../src/platform/config.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
// Starting a process that compiles the server with tsx is slow on a loaded two-core machine.
const SPAWN_TIMEOUT_MS = 120_000;
const LONG_SECRET = 'jwt-secret-value-that-is-long-enough-0123456789';

/** The error loadConfig throws for `env`, asserted to be one line naming `variable`. */
function refusal(env: Record<string, string>, variable: string): string {
  let error: unknown;
  try {
    loadConfig(env);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const { message } = error as ConfigError;
  expect(message).not.toContain('\n');
  expect(message.startsWith(`invalid configuration: ${variable} `)).toBe(true);
  return message;
}

describe('loadConfig', () => {
  it.each([
    ['PORT', 'abc', /expected number/],
    ['PORT', '70000', /<=65535/],
    ['CLINIC_TIMEZONE', 'Mars/Olympus', /must be an IANA time zone such as Europe\/Madrid/],
    ['EXPERIMENT_SPLIT', '2', /<=1/],
    ['EXPERIMENT_SPLIT', '-0.1', />=0/],
    ['JWT_SECRET', 'too-short', /must be at least 32 characters/],
    ['DATABASE_URL', 'mysql://app@db.example/app', /Invalid URL/],
    ['DATABASE_URL', 'not a url', /Invalid URL/],
    ['SESSION_MINUTES', '0', />=1/],
  ])('refuses %s=%s with one line naming the variable', (variable, value, reason) => {
    expect(refusal({ [variable]: value }, variable)).toMatch(reason);
  });

  it('refuses JWT_SECRET and JWKS_URL together', () => {
    const message = refusal({ JWT_SECRET: LONG_SECRET, JWKS_URL: 'https://auth.example.test/jwks' }, 'JWKS_URL');
    expect(message).toMatch(/set JWT_SECRET or JWKS_URL, not both/);
    expect(message).not.toContain(LONG_SECRET);
  });

  it.each([
    ['JWT_SECRET', 's3cr3t-value'],
    ['DATABASE_URL', 'mysql://app:s3cr3t-value@db.example/app'],
    ['API_DATABASE_URL', 'http://psybook_api:s3cr3t-value@db.example/app'],
  ])('never echoes the value of %s', (variable, value) => {
    expect(refusal({ [variable]: value }, variable)).not.toContain('s3cr3t');
  });

  it('treats empty strings as unset, so every default applies', () => {
    const blank = Object.fromEntries(Object.keys(configFields.shape).map((name) => [name, '']));
    const config = loadConfig(blank);
    expect(config).toEqual(loadConfig({}));
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: './.data',
      CLINIC_TIMEZONE: 'Europe/Madrid',
      EXPERIMENT_SPLIT: 0.5,
      ALLOWED_ORIGINS: [],
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('accepts good values at the edges', () => {
    expect(
      loadConfig({
        PORT: '0',
        EXPERIMENT_SPLIT: '1',
        CLINIC_TIMEZONE: 'America/Argentina/Buenos_Aires',
        DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/psybook',
        JWT_SECRET: LONG_SECRET,
        ALLOWED_ORIGINS: 'https://clinic.example, https://www.clinic.example',
      }),
    ).toMatchObject({
      PORT: 0,
      EXPERIMENT_SPLIT: 1,
      CLINIC_TIMEZONE: 'America/Argentina/Buenos_Aires',
      ALLOWED_ORIGINS: ['https://clinic.example', 'https://www.clinic.example'],
    });
  });
});

describe('the server with a bad configuration', () => {
  it(
    'exits with code 1 and one stderr line naming the variable, no stack trace',
    async () => {
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'abc', JWT_SECRET: 's3cr3t-value' };
      delete env['DATABASE_URL'];
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'server/src/main.ts'], {
        cwd: REPO,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // A server that wrongly started would otherwise outlive the test.
      onTestFinished(() => void child.kill());
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^psybook: invalid configuration: PORT [^\n]+\n$/);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr).not.toContain('s3cr3t');
    },
    SPAWN_TIMEOUT_MS,
  );
});
