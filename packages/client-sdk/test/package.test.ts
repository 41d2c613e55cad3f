import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ENTRIES, measure } from '../scripts/size.js';

const run = promisify(execFile);

describe('the package', () => {
  it('bundles for the browser without Node built-ins, and its own code stays small', async () => {
    const sizes = await Promise.all(ENTRIES.map(measure));
    const core = sizes.find((s) => s.name === 'core client, zod external');
    // A budget, not a benchmark: the SDK's own code (zod aside) must not quietly grow.
    expect(core!.gzipBytes).toBeLessThan(8 * 1024);
  });

  it('does not let anyone import src/internal or other unexported paths', async () => {
    const attempt = run(
      process.execPath,
      ['--input-type=module', '-e', "await import('@psybook/client-sdk/dist/internal/transport.js')"],
      {
        cwd: new URL('.', import.meta.url),
      },
    );
    await expect(attempt).rejects.toMatchObject({ stderr: expect.stringContaining('ERR_PACKAGE_PATH_NOT_EXPORTED') });
  });
});
