// `npm run token -- --role admin [--sub UUID] [--hours N]`: prints a signed JWT for local use.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { jwtKeysOf } from '../platform/auth/keys.js';
import { signToken } from '../platform/auth/sign.js';
import { TOKEN_ROLES } from '../platform/auth/jwt.js';
import { isDbRole } from '../platform/db/claims.js';
import { ConfigError, loadConfig } from '../platform/config.js';

if (existsSync('.env')) process.loadEnvFile('.env');
try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'admin' },
      sub: { type: 'string' },
      hours: { type: 'string', default: '12' },
    },
  });
  const role = values.role;
  if (!isDbRole(role) || !TOKEN_ROLES.includes(role))
    throw new Error(`--role must be one of ${TOKEN_ROLES.join(', ')}`);
  const hours = Number(values.hours);
  if (!(hours > 0 && hours <= 24 * 30)) throw new Error('--hours must be a number of hours up to 720');
  const config = loadConfig();
  const keys = jwtKeysOf(config);
  if (!('secret' in keys)) throw new Error('tokens are verified with JWKS_URL: sign in through Supabase instead');
  const { secret } = keys;
  const sub = values.sub ?? (role === 'anon' ? undefined : '00000000-0000-4000-8000-000000000001');
  console.log(await signToken(secret, { role, ...(sub ? { sub } : {}), expiresIn: hours * 3600 }));
} catch (error) {
  console.error(`psybook: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
