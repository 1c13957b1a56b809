import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn, signUp, verify } from "./members";

/*
 * The suggestions page. The keyboard path through the questionnaire is covered in
 * onboarding.spec.ts; here it is answered the quickest way, with fill and click.
 */

const password = "quiet-orchard-river-58";

async function signUpVerifyAndSignIn(page: Page, email: string, name: string) {
  await signUp(page, email, name, password);
  await verify(page, email);
  await signIn(page, email, password);
}

async function chooseIn(page: Page, group: string, option: string) {
  await page.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();
}

async function next(page: Page, step: string) {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/onboarding/${step}$`));
}

/** Answers every step with sensible choices and says yes to matching. */
async function completeQuestionnaire(page: Page) {
  await page.goto("/onboarding");
  await expect(page).toHaveURL(/\/onboarding\/about$/);
  await page.getByLabel("A short intro").fill("Settling into a new city and hoping for a steady weekly check-in.");
  await page.getByLabel("Find a language").fill("Eng");
  await page.getByRole("checkbox", { name: "English" }).check();
  await page.getByRole("checkbox", { name: "Loneliness & isolation" }).check();
  await page.getByRole("checkbox", { name: "Building friendships" }).check();
  await page.getByLabel("Goal 1").fill("Say yes to one invitation a week");
  await next(page, "commitment");

  await chooseIn(page, "How committed do you feel to finding a partner right now?", "4");
  await page.getByLabel("Hours a week you could give this").fill("2");
  await chooseIn(page, "How often would you like to check in?", "Once a week");
  await chooseIn(page, "How long would you like a partnership to last?", "About 3 months");
  await chooseIn(page, "How reliably do you usually follow through on plans?", "4");
  await next(page, "schedule");

  await expect(page.getByLabel("Your timezone")).toHaveValue("Europe/Lisbon");
  await page.getByRole("button", { name: "Weekday evenings" }).click();
  await expect(page.getByText("You're available: Mon–Fri 18:00–21:00")).toBeVisible();
  await page.getByRole("checkbox", { name: "Video call" }).check();
  await page.getByRole("checkbox", { name: "Text chat" }).check();
  await next(page, "values");

  for (const value of ["Honesty", "Kindness", "Patience"]) await page.getByRole("checkbox", { name: value }).check();
  for (const statement of ["Loneliness is a signal, not a flaw.", "Setbacks are part of progress.", "Asking for help is a strength.", "Small steps count."]) {
    await chooseIn(page, statement, "5, Agree");
  }
  await chooseIn(page, "Honesty matters more than comfort.", "4");
  await chooseIn(page, "Do you need a sobriety-friendly partner?", "No");
  await chooseIn(page, "Are you sobriety-friendly?", "Yes");
  await next(page, "communication");

  await chooseIn(page, "How do you like to hear feedback?", "4");
  await chooseIn(page, "If a check-in doesn't happen, what should your partner do?", "Send me a gentle nudge");
  await chooseIn(page, "How quickly do you open up?", "3");
  await chooseIn(page, "When would you usually expect a reply to a message?", "Within 24 hours");
  await chooseIn(page, "What kind of partnership would you like?", "Either is fine");
  await next(page, "boundaries");

  await next(page, "review");
  await chooseIn(page, "Open to matching", "Yes, suggest me to compatible people");
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "You're open to matching" })).toBeVisible();
}

test.use({ timezoneId: "Europe/Lisbon" });

test("a member who hasn't answered the questionnaire is asked to finish it first", async ({ page }) => {
  // Visitors are sent to sign in and brought back.
  await page.goto("/matches");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmatches/);
  await page.getByLabel("Email").fill("alex@demo.tandem.local");
  await page.getByLabel("Password", { exact: true }).fill("calm-harbor-morning-42");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/matches$/);

  await expect(page).toHaveTitle(/Suggestions/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your suggestions");
  await expect(page.getByRole("link", { name: "Suggestions", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2, name: "Finish your questionnaire first" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your questionnaire" })).toHaveAttribute("href", "/onboarding");
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(0);
});

test("a member who finishes the questionnaire sees suggestions, each explained, with nobody's email", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `jun-${randomBytes(4).toString("hex")}@example.test`;
  await signUpVerifyAndSignIn(page, email, "Jun");
  await completeQuestionnaire(page);

  // The dashboard leads to the suggestions once the member is open to matching.
  await page.getByRole("link", { name: "See your suggestions" }).click();
  await expect(page).toHaveURL(/\/matches$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your suggestions");

  const main = page.getByRole("main");
  await expect(main).toContainText("Never your email");
  const cards = main.getByRole("listitem").getByRole("article");
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(20);

  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    await expect(card.getByRole("heading", { level: 2 })).toHaveText(/\S/);
    await expect(card).toContainText(/Fit: \d{1,3} out of 100/);
    for (const part of ["Commitment", "Schedule", "Values", "Communication"]) {
      await expect(card.getByRole("img", { name: new RegExp(`^${part} fit: \\d{1,3} out of 100$`) })).toHaveCount(1);
    }
    const reasons = card.getByRole("list", { name: "Why you might fit" }).getByRole("listitem");
    expect(await reasons.count()).toBeGreaterThanOrEqual(2);
    await expect(card).toContainText(/It's \d\d:\d\d( on \w+day)? for them/);
    await expect(card).toContainText(/\w+days \d\d:\d\d for you/);
  }

  // Nothing on the page shows an email address: not the member's own, not anyone suggested.
  expect(await main.innerText()).not.toContain("@");
  await expect(main.getByRole("button")).toHaveCount(0);
});
