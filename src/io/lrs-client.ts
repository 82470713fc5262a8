import type { LrsOutbox } from './lrs-outbox.js';

/** The xAPI version Parley speaks to record stores (the X-Experience-API-Version header). */
export const XAPI_VERSION = '1.0.3';

export interface LrsTarget {
  /** The LRS's xAPI endpoint, ending in '/': statements go to `${endpoint}statements`. */
  endpoint: string;
  /** The Authorization header value (Basic …). */
  authorization: string;
}

export interface SendOptions {
  /** Most bytes in one request body; LRSs refuse large requests (413) or time out on them. */
  batchBytes: number;
  /** Most statements in one request. */
  batchStatements: number;
  /** Tries per request when the LRS is busy (429) or failing (5xx, no answer). */
  attempts: number;
  onProgress?: (done: number, total: number) => void;
  /** Waits between tries; replaceable so a caller can cap it. */
  sleep?: (ms: number) => Promise<void>;
}

export interface SendSummary {
  total: number;
  sent: number;
  /** Statements the LRS already had (sent before, from here or elsewhere). */
  alreadyThere: number;
  /** Statements the LRS would not take, with its reason; they stay in the outbox. */
  refused: Array<{ id: string; reason: string }>;
  /** Statements still in the outbox after this send (refused ones and any not tried). */
  left: number;
  /** Why sending stopped before the end (credentials refused, LRS not answering). */
  stopped?: string;
}

class Stop extends Error {}

interface Pending {
  id: string;
  text: string;
  registration?: string;
}

/**
 * Sends what waits in the outbox to an xAPI 1.0.3 record store: in batches
 * under a size limit, retrying with backoff while it is busy or failing, and
 * without ever conflicting. Statement ids are stable, so before a batch Parley
 * asks which of its sessions' statements the LRS already holds (by
 * registration) and leaves those out; a statement the LRS holds with other
 * content (409) counts as already there, since statements are immutable.
 */
export async function sendOutbox(outbox: LrsOutbox, target: LrsTarget, options: SendOptions): Promise<SendSummary> {
  const summary: SendSummary = { total: outbox.size, sent: 0, alreadyThere: 0, refused: [], left: 0 };
  const gone = new Set<string>();
  const stored = new Map<string, Set<string>>();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const request = (url: string, init: RequestInit) => requestWithRetry(url, init, target, options.attempts, sleep);

  const storedFor = async (registration: string): Promise<Set<string>> => {
    let ids = stored.get(registration);
    if (ids) return ids;
    ids = new Set();
    stored.set(registration, ids);
    let url: string | undefined = `${target.endpoint}statements?registration=${encodeURIComponent(registration)}&limit=500`;
    for (let page = 0; url && page < 50; page++) {
      const response = await request(url, { method: 'GET' });
      // An LRS that will not let these credentials read statements still takes them: send, and let it judge.
      if (!response.ok) return ids;
      const body = (await response.json().catch(() => ({}))) as { statements?: Array<{ id?: unknown }>; more?: unknown };
      for (const statement of body.statements ?? []) if (typeof statement.id === 'string') ids.add(statement.id);
      url = typeof body.more === 'string' && body.more ? new URL(body.more, target.endpoint).href : undefined;
    }
    return ids;
  };

  const post = async (batch: Pending[]): Promise<void> => {
    const response = await request(`${target.endpoint}statements`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `[${batch.map((p) => p.text).join(',')}]`,
    });
    if (response.ok) {
      for (const p of batch) gone.add(p.id);
      summary.sent += batch.length;
      return;
    }
    const reason = await reasonOf(response);
    if (batch.length > 1 && [400, 409, 413].includes(response.status)) {
      // One statement spoils a whole batch: halve until it is found, so the rest still go.
      const middle = Math.ceil(batch.length / 2);
      await post(batch.slice(0, middle));
      await post(batch.slice(middle));
      return;
    }
    if (response.status === 409) {
      gone.add(batch[0]!.id);
      summary.alreadyThere++;
      return;
    }
    if (batch.length === 1 && [400, 413].includes(response.status)) {
      summary.refused.push({ id: batch[0]!.id, reason: `HTTP ${response.status}: ${reason}` });
      return;
    }
    throw new Stop(`the LRS answered HTTP ${response.status}${response.status === 401 || response.status === 403 ? ' (check the credentials)' : ''}: ${reason}`);
  };

  const flush = async (batch: Pending[]) => {
    if (batch.length === 0) return;
    const fresh: Pending[] = [];
    for (const p of batch) {
      if (p.registration && (await storedFor(p.registration)).has(p.id)) {
        gone.add(p.id);
        summary.alreadyThere++;
      } else fresh.push(p);
    }
    if (fresh.length) await post(fresh);
    options.onProgress?.(gone.size + summary.refused.length, summary.total);
  };

  try {
    let batch: Pending[] = [];
    let bytes = 2;
    for (const text of outbox.texts()) {
      const size = Buffer.byteLength(text) + 1;
      if (batch.length && (bytes + size > options.batchBytes || batch.length >= options.batchStatements)) {
        await flush(batch);
        batch = [];
        bytes = 2;
      }
      batch.push(pendingOf(text));
      bytes += size;
    }
    await flush(batch);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    summary.stopped = error.message;
  } finally {
    outbox.retain((id) => !gone.has(id));
  }
  summary.left = outbox.size;
  return summary;
}

function pendingOf(text: string): Pending {
  const { id, context } = JSON.parse(text) as { id: string; context?: { registration?: unknown } };
  return { id, text, ...(typeof context?.registration === 'string' ? { registration: context.registration } : {}) };
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;

async function requestWithRetry(url: string, init: RequestInit, target: LrsTarget, attempts: number, sleep: (ms: number) => Promise<void>): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    let failure = '';
    try {
      response = await fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: target.authorization, 'X-Experience-API-Version': XAPI_VERSION },
        redirect: 'error',
        signal: AbortSignal.timeout(60_000),
      });
      if (!RETRYABLE(response.status)) return response;
      failure = `HTTP ${response.status}: ${await reasonOf(response)}`;
    } catch (error) {
      failure = networkProblem(error);
    }
    if (attempt >= attempts) throw new Stop(`the LRS did not take the statements after ${attempts} tries (${failure})`);
    await sleep(backoff(attempt, response?.headers.get('retry-after') ?? null));
  }
}

/** Exponential backoff with jitter, or what the LRS asked for in Retry-After (capped at a minute). */
function backoff(attempt: number, retryAfter: string | null): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(60_000, Math.max(0, ms));
  }
  return Math.min(30_000, 500 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
}

async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    if (Array.isArray(body.warnings) && body.warnings.length) return body.warnings.map(String).join('; ');
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON: the text itself, shortened below.
  }
  return (text.trim() || response.statusText || 'no reason given').slice(0, 300);
}

function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'no answer within 60 s';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
