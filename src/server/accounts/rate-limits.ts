import "server-only";
import { createHmac } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/** PRODUCT.md's defaults; each can be changed with RATE_LIMIT_<NAME> = "<points>/<seconds>". */
const defaults = {
  SIGN_IN_ACCOUNT: { points: 5, seconds: 15 * 60 },
  SIGN_IN_IP: { points: 20, seconds: 15 * 60 },
  SIGN_UP_IP: { points: 5, seconds: 60 * 60 },
  RESET_ACCOUNT: { points: 3, seconds: 60 * 60 },
  RESEND_VERIFICATION_ACCOUNT: { points: 3, seconds: 60 * 60 },
  // An editor sends a burst of typing as one update, a few a second at most.
  AGREEMENT_PUSH_MEMBER: { points: 600, seconds: 60 },
} as const;

export type LimitName = keyof typeof defaults;
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function setting(name: LimitName) {
  const match = /^(\d+)\/(\d+)$/.exec(process.env[`RATE_LIMIT_${name}`] ?? "");
  return match ? { points: Number(match[1]), seconds: Number(match[2]) } : defaults[name];
}

const cache = globalThis as unknown as { tandemRateLimitPool?: pg.Pool; tandemLimiters?: Map<string, RateLimiterPostgres> };

function limiter(name: LimitName): { limiter: RateLimiterPostgres; points: number } {
  const { points, seconds } = setting(name);
  cache.tandemRateLimitPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  cache.tandemLimiters ??= new Map();
  const id = `${name}:${points}/${seconds}`;
  let found = cache.tandemLimiters.get(id);
  if (!found) {
    // The table comes from a migration (model RateLimit), so every instance shares it.
    found = new RateLimiterPostgres({ storeClient: cache.tandemRateLimitPool, tableName: "rate_limit", tableCreated: true, keyPrefix: name, points, duration: seconds });
    cache.tandemLimiters.set(id, found);
  }
  return { limiter: found, points };
}

/**
 * Keys are email addresses (registered or not) and client addresses: the table stores an HMAC of
 * each under a key derived from AUTH_SECRET, so it holds no address, and no one without the secret
 * can test a guess against it. Every instance shares the secret, so they share the counts.
 */
function storedKey(name: LimitName, key: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  const hashKey = createHmac("sha256", secret).update("tandem rate-limit keys").digest();
  return createHmac("sha256", hashKey).update(`${name}\0${key}`).digest("base64url");
}

function refused(error: unknown): LimitVerdict {
  if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
  throw error;
}

/** Counts one attempt; refuses once the window's allowance is used up. */
export async function consume(name: LimitName, key: string): Promise<LimitVerdict> {
  return limiter(name)
    .limiter.consume(storedKey(name, key))
    .then((): LimitVerdict => ({ allowed: true }), refused);
}

/** Whether the allowance is already used up, without counting an attempt. */
export async function check(name: LimitName, key: string): Promise<LimitVerdict> {
  const { limiter: l, points } = limiter(name);
  const state = await l.get(storedKey(name, key));
  return state && state.consumedPoints >= points ? { allowed: false, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) } : { allowed: true };
}

/** Forgets the attempts counted for a key (e.g. an account's failures after it signs in). */
export async function forget(name: LimitName, key: string): Promise<void> {
  await limiter(name).limiter.delete(storedKey(name, key));
}

export function minutes(seconds: number): string {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? "a minute" : `${m} minutes`;
}

/** Closes the counters' connection pool, for scripts that end before their database does (the benchmarks). */
export async function closeRateLimits(): Promise<void> {
  const pool = cache.tandemRateLimitPool;
  cache.tandemRateLimitPool = undefined;
  cache.tandemLimiters = undefined;
  await pool?.end();
}
