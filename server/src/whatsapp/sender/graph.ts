import type { Logger } from 'pino';
import type { Outbound } from '../types.js';
import { graphRequestBody } from './graph-request.js';
import type { SendResult, Sender } from './types.js';

/** Meta's throughput (130429) and per-recipient pair (131056) limits: wait and try again. */
const RATE_LIMIT_CODES = new Set([130429, 131056]);
/** Re-engagement: more than 24 hours since the patient's last message. */
export const OUTSIDE_WINDOW_CODE = 131047;

export interface RetryPolicy {
  /** Tries in all, the first included. @default 5 */
  attempts: number;
  /** First wait; doubles each time, plus up to 50 % jitter. @unit ms @default 1000 */
  baseMs: number;
  /** @unit ms @default 30000 */
  maxMs: number;
}

export interface GraphSenderOptions {
  graphUrl: string;
  phoneNumberId: string;
  accessToken: string;
  logger: Logger;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

interface GraphError {
  error?: { code?: number; message?: string };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends to the Cloud API; retries rate limits, 5xx and network errors with exponential backoff. */
export function createGraphSender(options: GraphSenderOptions): Sender {
  const policy: RetryPolicy = { attempts: 5, baseMs: 1000, maxMs: 30_000, ...options.retry };
  const sleep = options.sleep ?? wait;
  const url = `${options.graphUrl.replace(/\/+$/, '')}/${encodeURIComponent(options.phoneNumberId)}/messages`;
  const log = options.logger.child({ component: 'whatsapp-sender' });

  async function attempt(
    to: string,
    message: Outbound,
  ): Promise<SendResult & { retryable: boolean; retryAfterMs?: number }> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(graphRequestBody(to, message)),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      return { ok: false, kind: 'unreachable', retryable: true };
    }
    const body = (await response.json().catch(() => ({}))) as GraphError & { messages?: { id?: string }[] };
    if (response.ok) {
      const wamid = body.messages?.[0]?.id;
      return { ok: true, ...(wamid ? { wamid } : {}), retryable: false };
    }
    const code = body.error?.code;
    const retryAfter = Number(response.headers.get('retry-after'));
    const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined;
    const extra = { ...(code !== undefined ? { code } : {}), ...(retryAfterMs ? { retryAfterMs } : {}) };
    if (code === OUTSIDE_WINDOW_CODE) return { ok: false, kind: 'outside_window', code, retryable: false };
    if ((code !== undefined && RATE_LIMIT_CODES.has(code)) || response.status === 429) {
      return { ok: false, kind: 'rate_limited', retryable: true, ...extra };
    }
    return {
      ok: false,
      kind: response.status >= 500 ? 'unreachable' : 'rejected',
      retryable: response.status >= 500,
      ...extra,
    };
  }

  return {
    async send(to, message) {
      for (let n = 1; ; n += 1) {
        const { retryable, retryAfterMs, ...result } = await attempt(to, message);
        if (result.ok) return result;
        if (!retryable || n >= policy.attempts) {
          // No phone number or text in the log: the code and kind are what an operator needs.
          const level = result.kind === 'outside_window' ? 'warn' : 'error';
          log[level]({ kind: result.kind, code: result.code, attempts: n }, 'whatsapp reply not sent');
          return result;
        }
        const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** (n - 1));
        await sleep(Math.max(retryAfterMs ?? 0, backoff + Math.random() * backoff * 0.5));
      }
    },
  };
}
