/**
 * HTTP load with autocannon: `connections` keep-alive connections for `seconds`, each request
 * built by `next` (path, method, cookie), so a run can rotate members or give each connection its
 * own. What a run reports is what the README's tables show.
 */
import autocannon from "autocannon";
import { round } from "./stats";

export type BenchRequest = { method?: "GET" | "POST"; path: string; cookie?: string; body?: string };

/** Builds the next request; `connection` is autocannon's per-connection context (a fresh object per connection). */
export type NextRequest = (connection: Record<string, unknown>) => BenchRequest;

export type LoadResult = {
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non_2xx: number;
};

export async function load(url: string, next: NextRequest, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    // Pages that take longer than this count as timeouts (errors), not as slow successes.
    timeout: 30,
    requests: [
      {
        setupRequest: (request, connection) => {
          const { method = "GET", path, cookie, body } = next(connection as Record<string, unknown>);
          const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(body ? { "content-type": "application/json" } : {}) };
          return { ...request, method, path, headers, body };
        },
      },
    ],
  });
  return {
    requests_per_s: round(result.requests.average),
    p50_ms: round(result.latency.p50),
    p99_ms: round(result.latency.p99),
    max_ms: round(result.latency.max),
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non_2xx: result.non2xx,
  };
}
