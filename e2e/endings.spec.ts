import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { agreeAndSign, becomePartners, joinSpeaking } from "./partnership";

/*
 * Ending a partnership gracefully (PRODUCT.md §9). Two members share a language no other spec and
 * no seeded member uses, and must share it, so each is the other's only suggestion. They sign a
 * daily agreement, so the partnership is active with a check-in ahead; then one of them ends it.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Russian";
const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

test("a partner ends gently: alternatives first, then choices and a confirmation; the other sees the closing message but never the reason, and both may reflect privately", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b] = [`Aino ${tag}`, `Eero ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });

  // A daily check-in at noon in Lisbon: Aino proposes, Eero signs.
  await agreeAndSign(page, pageB, partnershipUrl, async (draft) => {
    await draft.getByRole("combobox", { name: "How often", exact: true }).selectOption("Every day");
    for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) await draft.getByRole("checkbox", { name: day, exact: true }).check();
    await draft.getByRole("textbox", { name: "Timezone", exact: true }).fill("Europe/Lisbon");
    await draft.getByLabel("Time", { exact: true }).fill("12:00");
  });

  // On a phone, Aino finds the quiet way to end, and is offered other ways first.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(partnershipUrl);
  await page.getByRole("link", { name: "end this partnership" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Before you decide" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Take a pause" })).toHaveAttribute("href", `${new URL(partnershipUrl).pathname}/pause`);
  await expect(page.getByRole("link", { name: "Check in less often" })).toHaveAttribute("href", `${new URL(partnershipUrl).pathname}/agreement`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue to ending" }).click();

  // The choices: who sees what is said beside each.
  await expect(page.getByRole("heading", { level: 2, name: "How you'd like to end" })).toBeFocused();
  await expect(page.getByText(`Only Tandem sees this. It helps us make better matches; ${b} never sees it.`)).toBeVisible();
  await page.getByRole("textbox", { name: "Why are you ending?" }).fill("Secret: too busy with the new job");
  await page.getByRole("radio", { name: /^Thank you/ }).check();
  await expect(page.getByRole("radio", { name: /After one last check-in/ })).toBeEnabled();
  await expect(page.getByRole("checkbox", { name: /Don't suggest us to each other again/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /End quietly/ })).not.toBeChecked();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByRole("button", { name: "Review and confirm" }).click();

  // The confirmation says what happens before anything does.
  await expect(page.getByRole("heading", { level: 2, name: `End your partnership with ${b}?` })).toBeFocused();
  await expect(page.getByRole("main")).toContainText(`${b} will see your message: “Thank you for the time and care you gave our partnership.`);
  await expect(page.getByRole("main")).toContainText(`Your reason stays with Tandem. ${b} never sees it.`);
  await page.getByRole("button", { name: "End the partnership" }).click();

  // A kind goodbye and a private reflection.
  await expect(page.getByRole("heading", { level: 2, name: "Your partnership has ended" })).toBeFocused();
  await page.getByRole("textbox", { name: /A few words for yourself/ }).fill("I learned to ask for help sooner.");
  await page.getByRole("button", { name: "Save my reflection" }).click();
  await expect(page.getByText("Saved. Only you can see it.")).toBeVisible();
  await expectAccessible(page);

  // Aino's archive shows what she chose and her reflection; no way to end it again.
  await page.goto(partnershipUrl);
  await expect(page.getByRole("heading", { level: 2, name: "You ended this partnership" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("To end it straight away.");
  await expect(page.getByRole("textbox", { name: /A few words for yourself/ })).toHaveValue("I learned to ask for help sooner.");
  await expect(page.getByRole("link", { name: "end this partnership" })).toHaveCount(0);

  // Eero sees it kindly, with the closing message and never the reason or Aino's reflection.
  await pageB.goto(partnershipUrl);
  await expect(pageB.getByRole("heading", { level: 2, name: `${a} ended your partnership` })).toBeVisible();
  await expect(pageB.getByRole("figure")).toContainText("Thank you for the time and care you gave our partnership.");
  const content = await pageB.content();
  expect(content).not.toContain("Secret: too busy");
  expect(content).not.toContain("ask for help sooner");
  await expect(pageB.getByRole("textbox", { name: /A few words for yourself/ })).toHaveValue("");
  await expectAccessible(pageB);
  await pageB.goto("/notifications");
  await expect(pageB.getByRole("main")).toContainText(`${a} has ended your partnership. Thank you for the time and care you gave it.`);
  await contextB.close();
});
