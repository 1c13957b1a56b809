import { expect, type Page } from "@playwright/test";
import { createMember, verifyEmail } from "./member-api";

/*
 * Member helpers by email, for specs written before the `members` fixture (see fixtures.ts),
 * which new specs should use instead. Sign-up and verification go through the API, not the form:
 * accounts.spec.ts covers the form path once.
 */

/** Signs up through the API, with the browser's own timezone, as the form would detect it. */
export async function signUp(page: Page, email: string, name: string, password: string) {
  const timezone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await createMember(page.request, { email, name, password, timezone, verified: false });
}

/** Confirms the email with the link in the dev mailbox, through the API. */
export async function verify(page: Page, email: string) {
  await verifyEmail(page.request, email);
}

/** Signs in through /signin and lands on the dashboard. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
