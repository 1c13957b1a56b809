import { randomBytes } from "node:crypto";
import { expect, expectAccessible, test } from "./fixtures";
import { runJobAt, weeks } from "./jobs";
import { answerReview as answer } from "./review-form";
import { agreeAndSign, becomePartners, joinSpeaking } from "./partnership";

/*
 * Two partners answer their first review on a phone-sized screen: each privately, then side by
 * side with the suggested next step; one of them opens a change to their agreement from it. The
 * review falls due through the real job, run as of 14 weeks from now (`npm run job -- --at`). They
 * share a language no other spec and no seeded member uses, so each is the other's only suggestion.
 */

test.use({ timezoneId: "Europe/Lisbon", viewport: { width: 375, height: 812 } });

const language = "Ukrainian";
test("both partners answer a review privately, then see it side by side and open a change from it", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b] = [`Anna ${tag}`, `Bence ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon", viewport: { width: 375, height: 812 } });
  const pageB = await contextB.newPage();
  await Promise.all([joinSpeaking(members, page, a, language), joinSpeaking(members, pageB, b, language)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });

  await agreeAndSign(page, pageB, partnershipUrl);

  // Fourteen weeks on, the review falls due; both see it on their partnership page.
  runJobAt("reviews-due", new Date(Date.now() + weeks(14)));
  const start = page.getByRole("link", { name: "Start your review" });
  await expect(async () => {
    await page.goto(partnershipUrl);
    await expect(start).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expectAccessible(page);
  await start.click();
  await expect(page.getByRole("heading", { level: 1, name: "Review 1" })).toBeVisible();
  await expect(page.getByText("Only you see this until you've both answered.")).toBeVisible();

  // A form sent with a rating missing says what to do, and nothing is sent.
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Choose how commitment has felt, from 1 to 5.")).toBeVisible();
  await expectAccessible(page);

  await answer(page, [4, 3, 5, 4], "Swap Friday for Sunday.", "Change our agreement");
  await expect(page.getByRole("heading", { name: "Thank you — your answers are in" })).toBeVisible();

  // Bence sees only that Anna has answered, never what.
  await pageB.goto(partnershipUrl);
  await expect(pageB.getByText(`${a} has answered already.`)).toBeVisible();
  await pageB.getByRole("link", { name: "Start your review" }).click();
  await expect(pageB.getByText("Swap Friday for Sunday.")).toHaveCount(0);
  await answer(pageB, [3, 4, 4, 5], "A shorter question list.", "Keep going as we are");

  await expect(pageB.getByRole("heading", { name: "Suggested next step: change our agreement" })).toBeVisible();
  await expect(pageB.getByText("You chose different next steps.", { exact: false })).toBeVisible();
  await expect(pageB.getByRole("region", { name: `${a}'s answers` }).getByText("Swap Friday for Sunday.")).toBeVisible();
  await expectAccessible(pageB);
  await pageB.getByRole("button", { name: "Keep going" }).click();
  await expect(pageB.getByText(/your next review is due around/)).toBeVisible();

  // Anna opens a change from the review: the draft carries both proposals.
  await page.reload();
  await expect(page.getByRole("region", { name: `${b}'s answers` }).getByText("A shorter question list.")).toBeVisible();
  await page.getByRole("button", { name: "Change our agreement" }).click();
  await expect(page).toHaveURL(/\/agreement$/);
  const communication = page.getByRole("textbox", { name: "How we talk to each other", exact: true });
  await expect(communication).toHaveValue(/From our review \(/);
  await expect(communication).toHaveValue(new RegExp(`${a}: Swap Friday for Sunday\\.`));
  await expect(communication).toHaveValue(new RegExp(`${b}: A shorter question list\\.`));
  await contextB.close();
});
