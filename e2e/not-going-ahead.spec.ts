import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { becomePartners, joinSpeaking, suggestion } from "./partnership";

/*
 * Deciding not to go ahead with a draft. Three members share a language no other spec and no
 * seeded member uses, and must share it, so they are each other's only suggestions: Ada and Ben
 * become partners, Cleo is who both can find afterwards.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Czech";

const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

test("either partner may decide not to go ahead with a draft; the other is told kindly, and both can find matches again", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b, c] = [`Ada ${tag}`, `Ben ${tag}`, `Cleo ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const contextC = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const [pageB, pageC] = [await contextB.newPage(), await contextC.newPage()];
  await Promise.all([join(members, page, a), join(members, pageB, b), join(members, pageC, c)]);

  // Ada asks Ben; Ben accepts. Both now hold their one place: nobody else is suggested.
  const partnershipUrl = await becomePartners(page, pageB, { a, b });
  await page.goto("/matches");
  await expect(page.getByRole("heading", { name: "You already have a partnership" })).toBeVisible();

  // Ada decides from the agreement editor. The confirmation says what happens first; cancelling changes nothing.
  await page.goto(`${partnershipUrl}/agreement`);
  await expect(page.getByRole("status")).toHaveText("Saved");
  const decide = page.getByRole("button", { name: "Decide not to go ahead" });
  await decide.click();
  const confirm = page.getByRole("group", { name: `Not go ahead with ${b}?` });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText("The partnership closes for both of you, and you both go back to matching.");
  await expect(confirm).toContainText("No reason is asked or shared");
  await confirm.getByRole("button", { name: "Keep drafting" }).click();
  await expect(decide).toBeFocused();
  await decide.click();
  await page.getByRole("button", { name: "Yes, don't go ahead" }).click();

  // The editor gives way to a calm, read-only note.
  await expect(page.getByRole("heading", { level: 2, name: "This partnership has closed" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.getByRole("link", { name: "See what this means" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "You decided not to go ahead" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Decide not to go ahead" })).toHaveCount(0);

  // Ben sees it kindly, with no reason and no blame, and a way back to matching.
  await pageB.reload();
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText(`Your partnership with ${a}`);
  await expect(pageB.getByRole("heading", { level: 2, name: `${a} decided not to go ahead` })).toBeVisible();
  await expect(pageB.getByText("That's okay — it happens, and nobody did anything wrong.")).toBeVisible();
  await expect(pageB.getByText("Status: Ended")).toBeVisible();
  await expectAccessible(pageB);
  await pageB.goto("/notifications");
  await expect(pageB.getByRole("main")).toContainText(`${a} decided not to go ahead with your partnership. That's okay`);

  // Both are back in the pool: each finds Cleo, and they are not suggested to each other again.
  await pageB.goto(partnershipUrl);
  await pageB.getByRole("link", { name: "See your suggestions" }).click();
  await expect(pageB).toHaveURL(/\/matches$/);
  await expect(suggestion(pageB, c)).toBeVisible();
  await expect(suggestion(pageB, a)).toHaveCount(0);
  await page.goto("/matches");
  await expect(suggestion(page, c)).toBeVisible();
  await expect(suggestion(page, b)).toHaveCount(0);
  await suggestion(page, c).getByRole("button", { name: "Ask to be partners" }).click();
  await suggestion(page, c).getByRole("button", { name: "Send request" }).click();
  await expect(suggestion(page, c).getByRole("status")).toContainText("Request sent.");
  await Promise.all([contextB.close(), contextC.close()]);
});
