import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { becomePartners } from "./partnership";
import { completeQuestionnaire } from "./questionnaire";

/*
 * The agreement's history: what one partner changed, read by the other on a phone-width screen.
 * As in agreement.spec.ts, the two share a language no other spec and no seeded member uses, so
 * each is the other's only suggestion.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Amharic";

async function join(members: Members, page: Page, name: string) {
  await members.signedIn(page, { name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${name}. Looking forward to writing this together.` });
}

test("a partner reads who changed which section, and which words, in the agreement's history", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const a = `Ada ${randomBytes(3).toString("hex")}`;
  const b = `Ben ${randomBytes(3).toString("hex")}`;
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon", viewport: { width: 375, height: 800 } });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);

  await becomePartners(page, pageB, { a, b });
  const agreementUrl = `${pageB.url()}/agreement`;

  // Before anyone edits, the history says so and shows where the draft started.
  await pageB.goto(agreementUrl);
  await pageB.getByRole("link", { name: "See every change so far" }).click();
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("Changes to your agreement");
  await expect(pageB.getByText(`No changes yet. When you or ${a} change the agreement`)).toBeVisible();
  await expect(pageB.getByRole("heading", { name: "We started this draft from your questionnaires" })).toBeVisible();

  // Ada adds a question and changes how they meet.
  await page.goto(agreementUrl);
  await expect(page.getByRole("status")).toHaveText("Saved");
  const questions = page.getByRole("textbox", { name: "Check-in questions", exact: true });
  await questions.click();
  await questions.press("Control+Home");
  await questions.pressSequentially("Did anything bring joy today? ", { delay: 10 });
  await page.getByRole("combobox", { name: "How", exact: true }).selectOption("In person");
  await expect(page.getByRole("status")).toHaveText("Saved");

  await pageB.reload();
  const changes = pageB.getByRole("list", { name: "Changes, newest first" }).getByRole("listitem");
  const question = changes.filter({ has: pageB.getByRole("heading", { name: "Check-in questions" }) });
  await expect(question).toContainText(a);
  await expect(question.locator("ins")).toHaveText("[added: Did anything bring joy today? ]");
  const how = changes.filter({ hasText: "How: " });
  await expect(how.getByRole("heading")).toHaveText("When and how we check in");
  await expect(how.locator("ins")).toContainText("In person");
  await expect(pageB.getByText("No changes yet.")).toHaveCount(0);

  // Nothing is wider than the phone's screen.
  expect(await pageB.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(pageB);
  await contextB.close();
});
