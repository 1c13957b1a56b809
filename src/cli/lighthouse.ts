/**
 * `npm run bench:lighthouse`: Lighthouse (the npm package's CLI, mobile form factor and its default
 * simulated throttling) on the main pages of a running Tandem, signed out and signed in, in the
 * Chromium the end-to-end tests use (the system's, or the one bundled in @sparticuz/chromium).
 *
 * Start the app first (`npm start`: production build, embedded PostgreSQL, demo members). Signed-in
 * pages carry the session cookie of a member who signs in through Auth.js's credentials endpoint
 * as an extra header. With DATABASE_URL set to the app's database, that member is one of two new
 * onboarded members who became partners (a request, accepted, as the integration tests make them),
 * and their partnership's pages are audited too; without it, a demo member (not onboarded) signs in.
 * Each page's result keeps the address Lighthouse ended on, so a redirect (say, to the
 * questionnaire) is visible, and the JavaScript the page actually transferred, beside bench:js's
 * figure from the build.
 *
 * Prints a table and writes bench-results/lighthouse.json. Not part of `npm test`.
 * Options: --url http://127.0.0.1:3000  --pages /,/dashboard (only these, of the pages below)
 *          --runs 1 (audits per page; the run with the median performance score is kept)
 *          --out bench-results/lighthouse.json
 * e.g. DATABASE_URL=postgres://tandem:tandem-local@127.0.0.1:<port>/tandem npm run bench:lighthouse -- --url http://127.0.0.1:3107
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { findTestBrowser } from "../../e2e/browser";
import { option } from "../bench/stats";
import { closeRateLimits } from "../server/accounts/rate-limits";
import { getDb } from "../server/db/client";
import { stopBoss } from "../server/jobs/boss";
import { demoMembers } from "../server/seed/demo";
import { testPassword } from "../test/factories";
import { newPartnership } from "../test/partners";

const run = promisify(execFile);

type Audit = { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } };
type Report = {
  finalDisplayedUrl: string;
  runtimeError?: { message: string };
  categories: Record<"performance" | "accessibility" | "best-practices", { score: number | null }>;
  audits: Record<string, Audit | undefined>;
};
export type PageAudit = {
  page: string;
  signed_in: boolean;
  final_url: string;
  performance: number | null;
  accessibility: number | null;
  best_practices: number | null;
  lcp_s: number | null;
  tbt_ms: number | null;
  js_transfer_kb: number | null;
  /** How many audits ran, and the lowest and highest performance score among them. */
  runs: number;
  performance_range: [number | null, number | null];
};

const signedOutPages = ["/", "/help", "/about", "/signin", "/signup"];
const signedInPages = ["/dashboard", "/onboarding/about", "/matches", "/requests", "/partnerships", "/notifications", "/settings/security", "/settings/profile"];
const partnershipPages = ["/partnerships/[id]", "/partnerships/[id]/agreement", "/partnerships/[id]/check-ins"];

/** Every Set-Cookie of a response as `name=value`, to send back. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";", 1)[0]!);

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; returns the Cookie header. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
  });
  const session = cookiesOf(response).filter((cookie) => cookie.includes("session-token="));
  if (!session.length || (response.headers.get("location") ?? "").includes("error=")) throw new Error(`Signing in as ${email} failed (${response.status}).`);
  return [...jar, ...session].join("; ");
}

type SignedInMember = { email: string; password: string; partnershipId: string | null };

/** Two new onboarded partners in the app's database (DATABASE_URL); the one who asked signs in. */
async function newPartners(): Promise<SignedInMember> {
  const db = getDb();
  try {
    const { partnershipId, sender } = await newPartnership(db);
    return { email: sender.email, password: testPassword, partnershipId };
  } finally {
    await Promise.all([db.$disconnect(), stopBoss(), closeRateLimits()]);
  }
}

/** The run with the median performance score (the lower middle one for an even count), with the spread of all. */
function medianRun(runs: PageAudit[]): PageAudit {
  const sorted = [...runs].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, runs: runs.length, performance_range: [sorted[0]!.performance, sorted.at(-1)!.performance] };
}

const score = (value: number | null | undefined) => (value == null ? null : Math.round(value * 100));
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Audits `page` ("/partnerships/[id]" with the partnership's id filled in). */
async function audit(base: string, page: string, member: SignedInMember, cookie: string | null, browser: Awaited<ReturnType<typeof findTestBrowser>>): Promise<PageAudit> {
  const args = [
    `${base}${page.replace("[id]", member.partnershipId ?? "[id]")}`,
    "--output=json",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const { stdout } = await run(path.resolve("node_modules/.bin/lighthouse"), args, {
    env: { ...process.env, ...browser.env, CHROME_PATH: browser.executablePath },
    maxBuffer: 256 * 1024 * 1024,
  });
  const report = JSON.parse(stdout) as Report;
  if (report.runtimeError) throw new Error(`${page}: ${report.runtimeError.message}`);
  const requests = report.audits["network-requests"]?.details?.items ?? [];
  const lcp = report.audits["largest-contentful-paint"]?.numericValue;
  const tbt = report.audits["total-blocking-time"]?.numericValue;
  return {
    page,
    signed_in: cookie !== null,
    final_url: new URL(report.finalDisplayedUrl).pathname.replace(member.partnershipId ?? "[id]", "[id]"),
    performance: score(report.categories.performance.score),
    accessibility: score(report.categories.accessibility.score),
    best_practices: score(report.categories["best-practices"].score),
    lcp_s: lcp == null ? null : Math.round(lcp / 100) / 10,
    tbt_ms: tbt == null ? null : Math.round(tbt),
    runs: 1,
    performance_range: [score(report.categories.performance.score), score(report.categories.performance.score)],
    js_transfer_kb: requests.length ? oneDecimal(requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024) : null,
  };
}

async function main() {
  const loadAtStart = os.loadavg().map(oneDecimal).join(" ");
  const base = option("url", "http://127.0.0.1:3000").replace(/\/$/, "");
  const only = option("pages", "").split(",").filter(Boolean);
  const out = option("out", "bench-results/lighthouse.json");
  const runs = Math.max(1, Number(option("runs", "1")));
  const browser = await findTestBrowser();
  if (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) throw new Error(`No Tandem answers at ${base}: start it first (npm start).`);

  const member: SignedInMember = process.env.DATABASE_URL ? await newPartners() : { ...demoMembers[0], partnershipId: null };
  const cookie = await signIn(base, member.email, member.password);
  const plan = [
    ...signedOutPages.map((page): [string, null] => [page, null]),
    ...[...signedInPages, ...(member.partnershipId ? partnershipPages : [])].map((page): [string, string] => [page, cookie]),
  ].filter(([page]) => !only.length || only.includes(page));
  const results: PageAudit[] = [];
  console.log(`Lighthouse (mobile, default throttling, ${runs === 1 ? "one run" : `median of ${runs} runs`} a page) on ${base}, Chromium: ${browser.source}, signed in as ${member.partnershipId ? "a new member with a partner" : "a demo member"}`);
  console.log(`${"page".padEnd(29)} in   ${"landed on".padEnd(29)} perf  a11y  b.p.  LCP s  TBT ms  JS KB`);
  for (const [page, pageCookie] of plan) {
    const attempts: PageAudit[] = [];
    // One at a time: audits in parallel would skew each other's timings.
    for (let attempt = 0; attempt < runs; attempt++) attempts.push(await audit(base, page, member, pageCookie, browser));
    const result = medianRun(attempts);
    results.push(result);
    const cell = (value: number | null, width: number) => String(value ?? "–").padStart(width);
    console.log(
      `${page.padEnd(29)} ${result.signed_in ? "yes" : "no "}  ${result.final_url.padEnd(29)} ${cell(result.performance, 4)}  ${cell(result.accessibility, 4)}  ${cell(result.best_practices, 4)}  ${cell(result.lcp_s, 5)}  ${cell(result.tbt_ms, 6)}  ${cell(result.js_transfer_kb, 5)}`,
    );
  }
  await mkdir(path.dirname(out), { recursive: true });
  const machine = `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown"}, load average ${loadAtStart} at the start, ${os.loadavg().map(oneDecimal).join(" ")} at the end (other work shares the cores)`;
  await writeFile(out, `${JSON.stringify({ measured_at: new Date().toISOString(), base_url: base, browser: browser.source, machine, signed_in_as: member.partnershipId ? "new onboarded member with a partnership" : "demo member, not onboarded", pages: results }, null, 2)}\n`);
  console.log(`Wrote ${out}`);
}

await main();
