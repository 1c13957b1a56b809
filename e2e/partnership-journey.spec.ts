import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, type Members } from "./fixtures";
import { runJobAt, weeks } from "./jobs";
import { agreeAndSign, becomePartners, dayFromNow, joinSpeaking, pausesNeedConsent, suggestion } from "./partnership";
import { answerReview } from "./review-form";

/*
 * A partnership's whole life after signing (issue 16): a pause agreed by both, picked up again by
 * the pause clock on its day, a quarterly review that suggests changing the agreement, the change
 * opened from it, and a gentle ending; then both are back in matching, and a third member sees the
 * partner who was left first. Time moves only for the jobs (`npm run job -- <queue> --at`); the
 * three share a language no other spec and no seeded member uses.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Indonesian";
const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

/** Reloads `url` until `check` passes: a job's work lands within seconds of queueing it. */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 60_000 });
}

test("pause → picked up again on its day → quarterly review → a change opened from it → a gentle ending → both back in matching, the partner who was left shown first", async ({ page, browser, members }) => {
  test.setTimeout(420_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b, c] = [`Putri ${tag}`, `Budi ${tag}`, `Sari ${tag}`];
  const [contextB, contextC] = await Promise.all([browser.newContext({ timezoneId: "Europe/Lisbon" }), browser.newContext({ timezoneId: "Europe/Lisbon" })]);
  const [pageB, pageC] = await Promise.all([contextB.newPage(), contextC.newPage()]);
  await Promise.all([join(members, page, a), join(members, pageB, b), join(members, pageC, c)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });

  // Their agreement asks for consent before a pause; Putri proposes, Budi signs.
  await agreeAndSign(page, pageB, partnershipUrl, pausesNeedConsent);

  // Putri asks for a week off; Budi agrees.
  await page.goto(partnershipUrl);
  await page.getByRole("main").getByTestId("pause-card").getByRole("link", { name: "Take a pause" }).click();
  await page.getByLabel("The day it picks up again").fill(dayFromNow(7));
  await page.getByLabel(`A message for ${b}`).fill("A quiet week to rest?");
  await page.getByRole("button", { name: "Ask for the pause" }).click();
  await expect(page.getByRole("main").getByTestId("pause-card")).toContainText(`Waiting for ${b} to answer`);
  await pageB.goto(partnershipUrl);
  await pageB.getByRole("main").getByTestId("pause-card").getByRole("button", { name: "Accept" }).click();
  await expect(pageB.getByText(/^Status: Paused until /)).toBeVisible();

  // Eight days on, the pause clock picks the partnership up again and welcomes them back.
  runJobAt("pause-clock", new Date(Date.now() + 8 * 86_400_000));
  await eventually(page, partnershipUrl, () => expect(page.getByText("Status: Agreement in force")).toBeVisible({ timeout: 2_000 }));
  await expect(page.getByRole("main")).toContainText("Partnership resumed");
  await page.goto("/notifications");
  await expect(page.getByRole("main")).toContainText("Welcome back");

  // Fifteen weeks on, the quarterly review falls due. Putri would change the agreement, Budi keep going.
  runJobAt("reviews-due", new Date(Date.now() + weeks(15)));
  const start = page.getByRole("link", { name: "Start your review" });
  await eventually(page, partnershipUrl, () => expect(start).toBeVisible({ timeout: 2_000 }));
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Your partnership", exact: true })).toContainText("A review is waiting for your answers.");
  await page.getByRole("link", { name: "Go to your review" }).click();
  await answerReview(page, [4, 3, 4, 4], "Check in on Sundays instead.", "Change our agreement");
  await expect(page.getByRole("heading", { name: "Thank you — your answers are in" })).toBeVisible();
  await pageB.goto(partnershipUrl);
  await pageB.getByRole("link", { name: "Start your review" }).click();
  await answerReview(pageB, [4, 4, 4, 4], "Nothing much.", "Keep going as we are");
  await expect(pageB.getByRole("heading", { name: "Suggested next step: change our agreement" })).toBeVisible();

  // Putri opens the change from the review: it carries what they both proposed.
  await page.reload();
  await page.getByRole("button", { name: "Change our agreement" }).click();
  await expect(page).toHaveURL(/\/agreement$/);
  await expect(page.getByRole("textbox", { name: "How we talk to each other", exact: true })).toHaveValue(new RegExp(`${a}: Check in on Sundays instead\\.`));

  // Then she decides to end, gently, with a closing message; the pair won't be suggested again.
  await page.goto(partnershipUrl);
  await page.getByRole("link", { name: "end this partnership" }).click();
  await page.getByRole("button", { name: "Continue to ending" }).click();
  await page.getByRole("radio", { name: /^Thank you/ }).check();
  await expect(page.getByRole("checkbox", { name: /Don't suggest us to each other again/ })).toBeChecked();
  await page.getByRole("button", { name: "Review and confirm" }).click();
  await page.getByRole("button", { name: "End the partnership" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Your partnership has ended" })).toBeFocused();

  // Budi reads it kindly, with her closing words; the timeline keeps the pause, the review and the end.
  await pageB.goto(partnershipUrl);
  await expect(pageB.getByRole("heading", { level: 2, name: `${a} ended your partnership` })).toBeVisible();
  await expect(pageB.getByRole("figure")).toContainText("Thank you for the time and care you gave our partnership.");
  const timeline = pageB.getByRole("region", { name: "Timeline" });
  for (const entry of ["Partnership paused", "Partnership resumed", "Review due", "Review answers shared", "Partnership ended"]) await expect(timeline).toContainText(entry);

  await pageB.goto("/dashboard");
  await expect(pageB.getByRole("region", { name: "Ready for someone new?" })).toContainText(`Your partnership with ${a} ended on`);

  // Both are back in matching, never suggested to each other again; Sari sees Budi first.
  await page.goto("/matches");
  await expect(suggestion(page, c)).toBeVisible();
  await expect(suggestion(page, b)).toHaveCount(0);
  await pageB.goto("/matches");
  await expect(suggestion(pageB, c)).toBeVisible();
  await expect(suggestion(pageB, a)).toHaveCount(0);
  await pageC.goto("/matches");
  await expect(suggestion(pageC, a)).toBeVisible();
  // Each card is named by its heading (aria-labelledby); read the names in page order.
  const names = await pageC.getByRole("main").getByRole("article").evaluateAll((cards) =>
    cards.map((card) => document.getElementById(card.getAttribute("aria-labelledby") ?? "")?.textContent?.trim() ?? ""),
  );
  expect(names.filter((name) => name === a || name === b)).toEqual([b, a]);
  await Promise.all([contextB.close(), contextC.close()]);
});
