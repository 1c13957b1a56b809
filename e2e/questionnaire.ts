import { expect, type Page } from "@playwright/test";
import { signIn, signUp, verify } from "./members";

/*
 * The questionnaire answered the quickest way, with fill and click, for specs that need members
 * who are open to matching. The keyboard path through it is covered in onboarding.spec.ts.
 */

export const password = "quiet-orchard-river-58";

/** Signs up, confirms the email and signs in: a verified member on their dashboard. */
export async function signUpVerifyAndSignIn(page: Page, email: string, name: string) {
  await signUp(page, email, name, password);
  await verify(page, email);
  await signIn(page, email, password);
}

export async function chooseIn(page: Page, group: string, option: string) {
  await page.getByRole("group", { name: group }).getByRole("radio", { name: option, exact: true }).check();
}

async function next(page: Page, step: string) {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/onboarding/${step}$`));
}

export type QuestionnaireOptions = {
  intro?: string;
  /** The one language the member speaks, as labelled in the picker. */
  language?: string;
  /** Ticks the "Must share a language" dealbreaker. */
  mustShareLanguage?: boolean;
};

/** Answers About you and Commitment, pressing Next on each: ends on the Schedule step, reached in the app. */
export async function answerUpToSchedule(page: Page, options: QuestionnaireOptions = {}) {
  const { intro = "Settling into a new city and hoping for a steady weekly check-in.", language = "English" } = options;
  await page.goto("/onboarding");
  await expect(page).toHaveURL(/\/onboarding\/about$/);
  // Typing before React hydrates the form is lost (it resets to the saved answers): on a busy machine that takes seconds.
  await expect(page.locator("form[data-hydrated]")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("A short intro").fill(intro);
  await page.getByLabel("Find a language").fill(language.slice(0, 4));
  await page.getByRole("checkbox", { name: language, exact: true }).check();
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
}

/**
 * Answers every step with the same sensible choices (weekday evenings in Europe/Lisbon, weekly
 * check-ins) and says yes to matching. Two members answered with the same options fit each other well.
 */
export async function completeQuestionnaire(page: Page, options: QuestionnaireOptions = {}) {
  const { mustShareLanguage = false } = options;
  await answerUpToSchedule(page, options);

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

  if (mustShareLanguage) await page.getByRole("checkbox", { name: "Must share a language" }).check();
  await next(page, "review");
  await chooseIn(page, "Open to matching", "Yes, suggest me to compatible people");
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "You're open to matching" })).toBeVisible();
}
