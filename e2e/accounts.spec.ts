import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { linkFromMailbox } from "./mailbox";
import { signIn } from "./members";

const firstPassword = "violet-tractor-lemon-swim";
const secondPassword = "harbor-lantern-quiet-73";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
}

test("a new member signs up, verifies, signs in and out, resets the password and signs out everywhere", async ({ page, browser }) => {
  test.setTimeout(120_000); // the whole account life cycle through the forms, two browsers
  const email = `robin-${randomBytes(4).toString("hex")}@example.test`;

  // Sign up with the keyboard-reachable form; the strength meter speaks up while typing.
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("What should we call you?").fill("Robin");
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await expect(page.getByText(/weak|too short/i).first()).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill(firstPassword);
  await page.getByLabel("Confirm password").fill(firstPassword);
  await page.getByLabel("I am 18 or older").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible();

  // Verify through the dev mailbox.
  await page.goto(await linkFromMailbox(page, email, "/verify"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed.")).toBeVisible();

  // Sign in, out, and in again.
  await signIn(page, email, firstPassword);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Robin");
  await signOut(page);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not-my-password-9");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match.", { exact: false })).toBeVisible();

  // Reset the password by email, then sign in with the new one.
  await page.goto("/reset");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/we've sent a link/i)).toBeVisible();
  await page.goto(await linkFromMailbox(page, email, "/reset"));
  await page.getByLabel("Password", { exact: true }).fill(secondPassword);
  await page.getByLabel("Confirm password").fill(secondPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText(/your password is changed/i)).toBeVisible();
  await signIn(page, email, secondPassword);

  // A second browser signed in as the same member is signed out by "sign out everywhere".
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, secondPassword);

  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("button", { name: /yes, sign out other devices/i }).click();
  await expect(page.getByText("Other devices have been signed out.")).toBeVisible();

  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/signin/);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Robin");
  await other.close();
});

// The sign-up and reset forms send their fields to server actions: every rule is checked there,
// and its messages sit by their fields, listed in the summary, with focus on the first.
test("sign-up and reset say what needs another look", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("What should we call you?").fill("Robin");
  await page.getByLabel("Password", { exact: true }).fill(firstPassword);
  await page.getByLabel("Confirm password").fill(secondPassword);
  await page.getByRole("button", { name: "Create account" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There's a problem" });
  await expect(summary).toContainText("Enter an email address like name@example.com.");
  await expect(summary).toContainText("The two passwords don't match.");
  await expect(summary).toContainText("Tandem is for adults. Please confirm you are 18 or over.");
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByLabel("I am 18 or older")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("What should we call you?")).not.toHaveAttribute("aria-invalid", "true");

  await page.goto("/reset");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();
});

test("pages for members send visitors to sign in and back", async ({ page }) => {
  await page.goto("/settings/security");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Fsecurity/);
  await page.getByLabel("Email").fill("alex@demo.tandem.local");
  await page.getByLabel("Password", { exact: true }).fill("calm-harbor-morning-42");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/security$/);
});
