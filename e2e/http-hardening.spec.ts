import { expect, test } from "@playwright/test";

/*
 * The outside probe's findings, replayed over HTTP against the real server (issue 14, item 6):
 * malformed paths, other sites' requests, security headers and oversized batches.
 */

const evil = { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" };

test("a path with malformed percent-encoding is a bad request, not a server error", async ({ request }) => {
  for (const path of ["/api/trpc/%E0%A4%A", "/api/auth/%ZZ", "/partnerships/%ZZ"]) {
    const response = await request.get(path);
    expect({ path, status: response.status() }).toEqual({ path, status: 400 });
  }
});

test("other sites' requests to the API are refused before they run", async ({ request }) => {
  for (const procedure of ["account.signOutEverywhere", "notifications.markRead"]) {
    const response = await request.post(`/api/trpc/${procedure}`, { headers: evil, multipart: { json: "{}" } });
    expect({ procedure, status: response.status() }).toEqual({ procedure, status: 403 });
  }
  expect((await request.post("/api/trpc/account.signOutEverywhere", { headers: { Origin: "https://evil.example" }, data: { json: null } })).status()).toBe(403);
  expect((await request.post("/api/auth/signout", { headers: evil, form: { csrfToken: "x" } })).status()).toBe(403);
  expect((await request.get("/api/trpc/notifications.list", { headers: { "Sec-Fetch-Site": "cross-site" } })).status()).toBe(403);
});

test("our own pages and server-side callers reach the API", async ({ request, baseURL }) => {
  const sameOrigin = await request.post("/api/trpc/account.signOutEverywhere", {
    headers: { Origin: baseURL!, "Sec-Fetch-Site": "same-origin" },
    data: { json: null },
  });
  expect(sameOrigin.status()).toBe(401); // reached the procedure, which wants a member
  expect((await request.post("/api/trpc/account.signOutEverywhere", { data: { json: null } })).status()).toBe(401);
  expect((await request.get("/api/auth/csrf", { headers: { "Sec-Fetch-Site": "same-origin" } })).status()).toBe(200);
});

test("pages carry a Content-Security-Policy whose nonce is on every script, and refuse framing", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/signin"]) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    const nonce = policy.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, `a nonce in ${path}'s policy`).toBeTruthy();
    nonces.add(nonce!);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    // APP_URL is http here: no HSTS, which would pin a browser to HTTPS this server cannot speak.
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  }
  expect(nonces.size).toBe(2);
});

test("tRPC answers are never stored, and a batch of 200 calls is refused", async ({ request }) => {
  const single = await request.get("/api/trpc/notifications.list");
  expect(single.status()).toBe(401);
  expect(single.headers()["cache-control"]).toBe("no-store");

  const paths = Array.from({ length: 200 }, () => "notifications.list").join(",");
  const batch = await request.get(`/api/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`);
  expect(batch.status()).toBe(400);
});
