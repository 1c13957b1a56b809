import { expect, type Page } from "@playwright/test";
import { linkFromMailbox } from "./mailbox";

/** Signs up through /signup and waits for "Check your inbox". */
export async function signUp(page: Page, email: string, name: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("What should we call you?").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByLabel("I am 18 or older").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible();
}

/** Confirms the email with the newest link in the dev mailbox. */
export async function verify(page: Page, email: string) {
  await page.goto(await linkFromMailbox(page, email, "/verify"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed.")).toBeVisible();
}

/** Signs in through /signin and lands on the dashboard. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
