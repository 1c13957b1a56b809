import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { joinSpeaking, suggestion } from "./partnership";

/*
 * Issue 17: counts and states agree, forms that help, sign-in on the address used. Members here
 * speak Italian (1280 px) or Dutch (375 px), which no other spec and no seeded member speaks.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const widths = [
  { width: 1280, language: "Italian", names: { a: "Chiara", b: "Matteo" } },
  { width: 375, language: "Dutch", names: { a: "Femke", b: "Joost" } },
] as const;

const unreadWords = (page: Page) => page.getByRole("main").getByText(/^(You're all caught up\.|You have \d+ unread notifications?\.)$/);

for (const { width, language, names } of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 860 } });

    test("a request answered from the dashboard clears its unread notice, and the checklist moves on", async ({ page, browser, members }) => {
      test.setTimeout(300_000);
      await joinSpeaking(members, page, names.a, language);
      const contextB = await browser.newContext({ viewport: { width, height: 860 }, timezoneId: "Europe/Lisbon" });
      const pageB = await contextB.newPage();
      await joinSpeaking(members, pageB, names.b, language);

      await page.goto("/matches");
      const card = suggestion(page, names.b);
      await card.getByRole("button", { name: "Ask to be partners" }).click();
      await card.getByRole("button", { name: "Send request" }).click();
      await expect(card.getByRole("status")).toContainText("Request sent.");

      // B's dashboard shows the waiting request and says so in its checklist; one notice is unread.
      await pageB.goto("/notifications");
      await expect(unreadWords(pageB)).toHaveText("You have 1 unread notification.");
      await pageB.goto("/dashboard");
      const waiting = pageB.getByRole("region", { name: `${names.a} would like to be your partner` });
      await expect(waiting).toBeVisible();
      const checklist = pageB.getByRole("region", { name: "What happens next" });
      await expect(checklist.locator("[aria-current='step']")).toContainText("A request is waiting for your answer");
      await expect(pageB.getByRole("region", { name: "You're open to matching" })).toBeVisible();

      // Answered on the requests page (never through the notice).
      await waiting.getByRole("link", { name: "See the request" }).click();
      await expect(pageB).toHaveURL(/\/requests#incoming-heading$/);
      // Seeing the request where it is listed reads its notice, before any answer: the header's count goes.
      const header = pageB.getByRole("banner");
      await expect(header.getByText(/unread/)).toHaveCount(0);
      await expect(header.getByRole(width >= 1024 ? "link" : "button", { name: width >= 1024 ? "Notifications" : "Menu", exact: true })).toBeAttached();
      await pageB.getByRole("main").getByRole("listitem").filter({ hasText: names.a }).getByRole("button", { name: "Accept" }).click();
      await expect(pageB).toHaveURL(/\/partnerships\/[a-z0-9]+$/);
      await pageB.goto("/notifications");
      await expect(unreadWords(pageB)).toHaveText("You're all caught up.");
      if (width >= 1024) await expect(pageB.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

      // The dashboard: no waiting request now, capacity explained beside the switch that stays on,
      // and the checklist at the agreement.
      await pageB.goto("/dashboard");
      await expect(pageB.getByRole("region", { name: /would like to be your partner/ })).toHaveCount(0);
      await expect(pageB.getByRole("heading", { name: "You're open to matching, and your partnerships are full" })).toBeVisible();
      await expect(pageB.getByText("We're not suggesting you")).toHaveCount(0);
      await expect(checklist.getByText(`Done: you're partners with ${names.a}`)).toBeVisible();
      await expect(checklist.locator("[aria-current='step']")).toContainText(`In progress: writing it with ${names.a}`);
      await contextB.close();
    });

    test("a questionnaire step with errors starts with a summary whose links focus each field", async ({ page, members }) => {
      await members.signedIn(page, { name: "Lan" });
      await page.goto("/onboarding/about");
      await expect(page.locator("form[data-hydrated]")).toBeVisible({ timeout: 30_000 });
      const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There's a problem" }) });
      await expect(summary).toHaveCount(0);
      await page.getByRole("button", { name: "Next", exact: true }).click();
      await expect(page.getByRole("button", { name: "Next", exact: true })).toBeVisible();
      await expect(summary).toBeVisible();
      const goalLink = summary.getByRole("link", { name: "Add at least one goal." });
      await expect(goalLink).toBeVisible();
      await goalLink.click();
      await expect(page.getByLabel("Goal 1")).toBeFocused();
      for (const link of await summary.getByRole("link").all()) {
        const id = (await link.getAttribute("href"))?.slice(1) ?? "";
        await link.click();
        await expect(page.locator(`[id="${id}"]`)).toBeFocused();
      }
      // Fixing a field takes it off the summary.
      await page.getByLabel("Goal 1").fill("Call my sister on Sundays");
      await expect(goalLink).toHaveCount(0);
      await expect(summary).toBeVisible();
    });

    test("sign-up with errors shows the summary and never says it is creating the account", async ({ page }) => {
      await page.goto("/signup");
      await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
      const button = page.getByRole("button", { name: "Create account" });
      await button.click();
      const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There's a problem" }) });
      await expect(summary).toBeVisible();
      await expect(page.getByText("Creating your account…")).toHaveCount(0);
      await expect(button).toBeEnabled();
      const first = summary.getByRole("link").first();
      await first.click();
      await expect(page.getByLabel("Email")).toBeFocused();
      expect(await summary.getByRole("link").count()).toBeGreaterThanOrEqual(3);
    });
  });
}

test("signing in at 127.0.0.1 or at localhost ends signed in on the address used", async ({ browser, members }, testInfo) => {
  const member = await members.create({ name: "Vy" });
  const port = new URL(testInfo.project.use.baseURL ?? "").port;
  for (const host of ["localhost", "127.0.0.1"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origin = `http://${host}:${port}`;
    await page.goto(`${origin}/signin`);
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${origin}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hi, ${member.name}`);
    // The session cookie belongs to this address: a fresh load is still signed in.
    await page.goto(`${origin}/dashboard`);
    await expect(page).toHaveURL(`${origin}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hi, ${member.name}`);
    await context.close();
  }
});
