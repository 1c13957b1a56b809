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
  /** Which requests answered other than 2xx: "GET /path 500" → how many. */
  non_2xx_by_request: Record<string, number>;
};

export async function load(url: string, next: NextRequest, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const failed: Record<string, number> = {};
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
          (connection as Record<string, unknown>).sent = `${method} ${path.split("?")[0]}`;
          const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(body ? { "content-type": "application/json" } : {}) };
          return { ...request, method, path, headers, body };
        },
        onResponse: (status, _body, connection) => {
          if (status >= 200 && status < 300) return;
          const key = `${String((connection as Record<string, unknown>).sent)} ${status}`;
          failed[key] = (failed[key] ?? 0) + 1;
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
    non_2xx_by_request: failed,
  };
}
