import type { Page } from "@playwright/test";
import { expect, type Members } from "./fixtures";
import { completeQuestionnaire } from "./questionnaire";

/**
 * A new member, signed in on `page`, who has answered the questionnaire speaking only `language`
 * and needing a partner who shares it. A spec whose language no other spec and no seeded member
 * uses keeps its members to themselves: they are each other's only suggestions.
 */
export async function joinSpeaking(members: Members, page: Page, name: string, language: string) {
  const member = await members.signedIn(page, { name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${name}. Hoping for a steady weekly check-in.` });
  return member;
}

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

/**
 * `a` (on `page`) sets up their agreement with `edit` (fields on the draft, after it has first
 * saved), proposes it, and `b` (on `pageB`) signs version 1: the partnership is then ACTIVE.
 */
export async function agreeAndSign(page: Page, pageB: Page, partnershipUrl: string, edit?: (page: Page) => Promise<void>) {
  const saved = () => expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.goto(`${partnershipUrl}/agreement`);
  await saved();
  if (edit) {
    await edit(page);
    await saved();
  }
  await page.getByRole("button", { name: "Propose this agreement" }).click();
  await pageB.goto(`${partnershipUrl}/agreement`);
  await pageB.getByRole("button", { name: "Sign version 1" }).click();
  await expect(pageB.getByRole("heading", { name: "Your agreement, version 1" })).toBeVisible();
}

/** Agreement edits: pausing needs the partner's consent, in Lisbon's time. */
export async function pausesNeedConsent(page: Page) {
  await page.getByRole("textbox", { name: "Timezone", exact: true }).fill("Europe/Lisbon");
  await page.getByRole("checkbox", { name: "Either of us may pause alone" }).uncheck();
}

/** The calendar day `days` from now in Lisbon (where these specs' browsers live), YYYY-MM-DD. */
export const dayFromNow = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Lisbon" }).format(Date.now() + days * 86_400_000);
