import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { createMember, signInThroughApi, type Member } from "./member-api";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core (WCAG 2.2 AA) on the page as it is now and fails on any violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

export type { Member };

export type MemberOptions = {
  /** Display name; the email is made from its first word plus the worker and a random part. */
  name?: string;
  /** Confirm the email (default), or leave the member unverified. */
  verified?: boolean;
  /** Defaults to the test's browser timezone, as the sign-up form would detect it. */
  timezone?: string;
};

export type Members = {
  /** A new member, made through the API rather than the sign-up form. */
  create(options?: MemberOptions): Promise<Member>;
  /** Signs the member in within `page`'s browser context and opens their dashboard. */
  signIn(page: Page, member: Member): Promise<void>;
  /** `create` then `signIn`: a member on their dashboard. */
  signedIn(page: Page, options?: MemberOptions): Promise<Member>;
};

const password = "quiet-orchard-river-58";

/**
 * - `axeEveryPage`: every page a test visits is checked with axe: the page as the test leaves it,
 *   and afterwards each other URL it navigated to, reopened in the same browser context (same session).
 * - `members` (after cal.com's `users` fixture): each worker makes its own members through one API
 *   connection of its own, so tests start signed in without going through the sign-up form.
 */
export const test = base.extend<{ axeEveryPage: void; members: Members }, { memberApi: APIRequestContext }>({
  memberApi: [
    async ({ playwright }, use, workerInfo) => {
      const api = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(api);
      await api.dispose();
    },
    { scope: "worker" },
  ],
  // `provide` is Playwright's `use`, renamed so the React hooks lint rule doesn't mistake it for React's.
  members: async ({ memberApi, timezoneId }, provide, testInfo) => {
    const create = async ({ name = "Robin", verified = true, timezone = timezoneId ?? "UTC" }: MemberOptions = {}) => {
      const first = (name.split(/\s+/)[0] ?? "member").toLowerCase().replace(/[^a-z0-9]/g, "") || "member";
      const member = { name, email: `${first}-w${testInfo.workerIndex}-${randomBytes(4).toString("hex")}@example.test`, password };
      await createMember(memberApi, { ...member, timezone, verified });
      return member;
    };
    const signIn = async (page: Page, member: Member) => {
      await signInThroughApi(page.context().request, member);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/dashboard$/);
    };
    await provide({
      create,
      signIn,
      signedIn: async (page, options) => {
        const member = await create(options);
        await signIn(page, member);
        return member;
      },
    });
  },
  axeEveryPage: [
    async ({ page, context }, use) => {
      const visited = new Set<string>();
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(frame.url());
      });
      await use();
      if (page.isClosed() || page.url() === "about:blank") return;
      await page.waitForLoadState("load", { timeout: 5_000 }).catch(() => {});
      await expectAccessible(page);
      visited.delete(page.url());
      for (const url of visited) {
        const again = await context.newPage();
        await again.goto(url);
        await expectAccessible(again);
        await again.close();
      }
    },
    // Its own time budget: reopening and checking every page can take minutes on a busy machine,
    // and that should not come out of the test's own timeout.
    { auto: true, timeout: 240_000 },
  ],
});

export { expect };
