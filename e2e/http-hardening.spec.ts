import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createMember, signInThroughApi } from "./member-api";

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

test("the browser runs every page script under the policy: no violations, and forms hydrate", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const path of ["/", "/help", "/signin", "/signup"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
  }
  // The sign-up form checks its fields in the browser: only once React has hydrated it.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.").first()).toBeVisible();
});

test("tRPC answers are never stored, and a batch of 200 calls is refused", async ({ request }) => {
  const single = await request.get("/api/trpc/notifications.list");
  expect(single.status()).toBe(401);
  expect(single.headers()["cache-control"]).toBe("no-store");

  const paths = Array.from({ length: 200 }, () => "notifications.list").join(",");
  const batch = await request.get(`/api/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`);
  expect(batch.status()).toBe(400);
});

test("signing out ends the session on the server: a copy of the old cookie is refused", async ({ playwright, baseURL }) => {
  const member = { name: "Robin", email: `signout-${randomBytes(4).toString("hex")}@example.test`, password: "quiet-orchard-river-58" };
  const browser = await playwright.request.newContext({ baseURL });
  await createMember(browser, { ...member, timezone: "UTC", verified: true });
  await signInThroughApi(browser, member);
  const cookie = (await browser.storageState()).cookies.find((c) => c.name === "authjs.session-token");
  expect(cookie, "a session cookie after signing in").toBeTruthy();
  const withOldCookie = () => playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `authjs.session-token=${cookie!.value}` } });

  const copy = await withOldCookie();
  expect((await copy.get("/api/trpc/notifications.list")).status()).toBe(200);

  const { csrfToken } = (await (await browser.get("/api/auth/csrf")).json()) as { csrfToken: string };
  expect((await browser.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 })).status()).toBe(302);

  const later = await withOldCookie();
  expect((await later.get("/api/trpc/notifications.list")).status()).toBe(401);
  await Promise.all([browser.dispose(), copy.dispose(), later.dispose()]);
});
