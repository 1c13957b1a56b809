import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, type Members } from "./fixtures";
import { becomePartners, joinSpeaking, suggestion } from "./partnership";

/*
 * Blocking (PRODUCT.md §10). Three members share a language no other spec and no seeded member
 * uses, and must share it, so they are each other's only suggestions: Ada and Ben become partners,
 * and Ada blocks Ben from the partnership, then Cleo from a suggestion.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Romanian";

const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

test("a member blocks their partner and a suggestion; the blocked members are told nothing and no longer see them; unblock in settings", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b, c] = [`Ada ${tag}`, `Ben ${tag}`, `Cleo ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const contextC = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const [pageB, pageC] = [await contextB.newPage(), await contextC.newPage()];
  await Promise.all([join(members, page, a), join(members, pageB, b), join(members, pageC, c)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });
  const partnershipId = partnershipUrl.split("/").pop() ?? "";

  // On the partnership page: Report beside Block, and a confirmation that says what happens first.
  await page.goto(partnershipUrl);
  const safety = page.getByRole("region", { name: "Safety" });
  const report = safety.getByRole("link", { name: `Report ${b}` });
  expect(await report.getAttribute("href")).toMatch(new RegExp(`^/report\\?member=[a-z0-9]+&about=PARTNERSHIP&id=${partnershipId}$`));
  const block = safety.getByRole("button", { name: `Block ${b}` });
  await block.click();
  const confirm = page.getByRole("group", { name: `Block ${b}?` });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText("They won't be told. You won't see each other anywhere on Tandem, and any partnership between you ends.");
  await confirm.getByRole("button", { name: "Don't block" }).click();
  await expect(block).toBeFocused();
  await block.click();
  await page.getByRole("button", { name: `Yes, block ${b}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `You've blocked ${b}.` })).toBeFocused();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page).toHaveURL(/\/partnerships$/);
  await expect(page.getByText("No partnerships yet")).toBeVisible();

  // Ben is told nothing: no notice, and the partnership is simply not there.
  await pageB.goto("/notifications");
  await expect(pageB.getByRole("main")).not.toContainText(a);
  await pageB.goto("/partnerships");
  await expect(pageB.getByText("No partnerships yet")).toBeVisible();
  await pageB.goto(partnershipUrl);
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  await pageB.goto("/matches");
  await expect(suggestion(pageB, c)).toBeVisible();
  await expect(suggestion(pageB, a)).toHaveCount(0);

  // From a suggestion card: Cleo's card gives way once Ada is done.
  await page.goto("/matches");
  const card = suggestion(page, c);
  await expect(suggestion(page, b)).toHaveCount(0);
  await card.getByText(`More about ${c}`).click();
  await card.getByRole("button", { name: `Block ${c}` }).click();
  await card.getByRole("button", { name: `Yes, block ${c}` }).click();
  await card.getByRole("button", { name: "Done" }).click();
  await expect(card).toHaveCount(0);
  await pageC.goto("/matches");
  await expect(suggestion(pageC, a)).toHaveCount(0);

  // Settings lists both, newest first; unblocking is confirmed and said plainly.
  await page.goto("/settings/blocked");
  const list = page.getByRole("list", { name: "Members you blocked" });
  await expect(list.getByRole("listitem")).toHaveText([new RegExp(c), new RegExp(b)]);
  await list.getByRole("button", { name: `Unblock ${c}` }).click();
  await page.getByRole("button", { name: `Yes, unblock ${c}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `You unblocked ${c}.` })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await list.getByRole("button", { name: `Unblock ${b}` }).click();
  await page.getByRole("button", { name: `Yes, unblock ${b}` }).click();
  await expect(page.getByText("You haven't blocked anyone")).toBeVisible();
  await Promise.all([contextB.close(), contextC.close()]);
});
