import type { Config } from '../config.js';
import { localJwtSecret } from './secret.js';

/** How tokens are checked: JWKS (Supabase's asymmetric keys), JWT_SECRET, or the local secret. */
export function jwtKeysOf(config: Config): { secret: string } | { jwksUrl: string } {
  if (config.JWKS_URL) return { jwksUrl: config.JWKS_URL };
  return { secret: config.JWT_SECRET ?? localJwtSecret(config.DATA_DIR) };
}
