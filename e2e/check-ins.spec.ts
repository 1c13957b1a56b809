import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { becomePartners } from "./partnership";
import { completeQuestionnaire } from "./questionnaire";

/*
 * Two partners log one check-in and answer it. They share a language no other spec and no seeded
 * member uses, and must share it, so each is the other's only suggestion. Their agreement has a
 * daily check-in a few minutes from now (in UTC), so there is one to log straight away.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Norwegian";

async function join(members: Members, page: Page, name: string) {
  await members.signedIn(page, { name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${name}. Looking for steady daily check-ins.` });
}

const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

/** "HH:MM" in UTC, `minutes` from now. */
function utcTimeIn(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000);
  return `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
}

test("both partners answer one check-in: private answers stay private, drafts survive a reload, crisis words bring up the lines", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b] = [`Liv ${tag}`, `Odd ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });

  // Every day, twenty minutes from now in UTC; Liv proposes, Odd signs.
  await page.goto(`${partnershipUrl}/agreement`);
  await saved(page);
  await page.getByRole("combobox", { name: "How often", exact: true }).selectOption("Every day");
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) await page.getByRole("checkbox", { name: day, exact: true }).check();
  await page.getByRole("textbox", { name: "Timezone", exact: true }).fill("UTC");
  await page.getByLabel("Time", { exact: true }).fill(utcTimeIn(20));
  await saved(page);
  await page.getByRole("button", { name: "Propose this agreement" }).click();
  await pageB.goto(`${partnershipUrl}/agreement`);
  await pageB.getByRole("button", { name: "Sign version 1" }).click();
  await expect(pageB.getByRole("heading", { name: "Your agreement, version 1" })).toBeVisible();

  // Liv logs the coming check-in from the partnership page.
  await page.goto(partnershipUrl);
  await page.getByRole("link", { name: "Log a check-in and share how it went" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Check-ins with ${b}` })).toBeVisible();
  const open = page.getByTestId("check-in-occurrence").filter({ hasText: "Not logged yet." }).first();
  await open.getByRole("button", { name: "Log this check-in" }).click();
  await expect(open.getByRole("combobox", { name: "How did you check in?" })).toBeVisible();
  await expectAccessible(page);
  await open.getByRole("button", { name: "Log it" }).click();
  await expect(page).toHaveURL(/checkIn=/);
  const checkInUrl = page.url();

  // Liv answers; words that sound like danger bring up the crisis lines before anything is saved.
  const form = page.getByRole("form", { name: "Your answers" });
  await form.getByRole("textbox", { name: "What's one win since we last talked?" }).fill("Went to the choir rehearsal.");
  await form.getByRole("textbox", { name: "What felt hard?" }).fill("Some nights I want to die, honestly.");
  await expect(page.getByTestId("crisis-lines")).toContainText("If you might hurt yourself or are in danger");
  await expect(page.getByTestId("crisis-lines")).toContainText(`We don't tell ${b}`);
  await page.locator("#answer-2-private").check();
  await expect(page.getByText("Only you will see this")).toBeVisible();
  await form.getByRole("group", { name: "How has your mood been?" }).getByRole("radio", { name: "2 Low" }).check();
  await form.getByRole("group", { name: "And your energy?" }).getByRole("radio", { name: "3 Steady" }).check();
  await expectAccessible(page);
  await form.getByRole("button", { name: "Save my answers" }).click();
  await expect(page.getByText(`Saved. ${b} can see what you shared`)).toBeVisible();

  // Odd opens the same check-in: Liv's shared answer shows, her private one never reaches his page.
  await pageB.goto(checkInUrl);
  await expect(pageB.getByText(`${a} logged it.`)).toBeVisible();
  const shared = pageB.getByRole("region", { name: `What ${a} shared` });
  await expect(shared).toContainText("Went to the choir rehearsal.");
  await expect(shared).toContainText("Mood 2 – Low");
  expect(await pageB.content()).not.toContain("want to die");

  // Odd's draft survives a reload, then he saves it; Liv sees his shared answer.
  const formB = pageB.getByRole("form", { name: "Your answers" });
  await formB.getByRole("textbox", { name: "How can I support you?" }).fill("Keep asking about the choir.");
  await pageB.reload();
  await expect(pageB.getByText("We brought back what you wrote earlier in this tab.")).toBeVisible();
  await expect(formB.getByRole("textbox", { name: "How can I support you?" })).toHaveValue("Keep asking about the choir.");
  await formB.getByRole("group", { name: "How has your mood been?" }).getByRole("radio", { name: "4 Good" }).check();
  await formB.getByRole("group", { name: "And your energy?" }).getByRole("radio", { name: "4 Good" }).check();
  await formB.getByRole("button", { name: "Save my answers" }).click();
  await expect(pageB.getByText(`Saved. ${a} can see what you shared`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("region", { name: `What ${b} shared` })).toContainText("Keep asking about the choir.");
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await contextB.close();
});
