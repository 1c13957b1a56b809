import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** A member's suggestion card for `name`, on /matches. */
export const suggestion = (page: Page, name: string) => page.getByRole("main").getByRole("article", { name, exact: true });

/**
 * Two members become partners the way members do: `a` (on `page`) asks `b` from their suggestions,
 * and `b` (on `pageB`) accepts. Leaves `pageB` on the new partnership and returns its URL.
 */
export async function becomePartners(page: Page, pageB: Page, names: { a: string; b: string }): Promise<string> {
  await page.goto("/matches");
  const card = suggestion(page, names.b);
  await card.getByRole("button", { name: "Ask to be partners" }).click();
  await card.getByRole("button", { name: "Send request" }).click();
  await expect(card.getByRole("status")).toContainText("Request sent.");
  await pageB.goto("/requests");
  await pageB.getByRole("main").getByRole("listitem").filter({ hasText: names.a }).getByRole("button", { name: "Accept" }).click();
  await expect(pageB).toHaveURL(/\/partnerships\/[a-z0-9]+$/);
  return pageB.url();
}
