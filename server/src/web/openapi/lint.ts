// `npm run lint:openapi`: writes the generated document to a temporary file and lints it with
// Redocly's recommended rules; the exit code is Redocly's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from './document.js';

const dir = mkdtempSync(join(tmpdir(), 'psybook-openapi-'));
const file = join(dir, 'openapi.json');
try {
  writeFileSync(file, JSON.stringify(buildOpenApiDocument(), null, 2));
  const result = spawnSync('redocly', ['lint', file], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
