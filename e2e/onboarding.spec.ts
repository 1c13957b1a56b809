import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn as signInAs, signUp as signUpAs, verify } from "./members";

/*
 * The questionnaire is answered with the keyboard alone: Tab and Shift+Tab to move, Space to tick
 * and choose, arrow keys inside radio groups and the availability grid, Enter to press buttons,
 * and typing into whichever field has focus.
 */

const password = "meadow-lantern-copper-61";
const signUp = (page: Page, email: string, name: string) => signUpAs(page, email, name, password);
const signIn = (page: Page, email: string) => signInAs(page, email, password);

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
const holdsFocus = (target: Locator) => target.evaluate((el) => el.contains(document.activeElement));

/** Presses Tab (or Shift+Tab) until `target` has focus, failing if it can't be reached. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80, inside = false } = {}) {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await (inside ? holdsFocus(target) : isFocused(target))) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard`);
}

/** Tabs to a checkbox and ticks it with Space. */
async function tick(page: Page, box: Locator) {
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** Tabs into a radio group, then uses the arrow keys (or Space) to choose `name`. */
async function choose(page: Page, group: Locator, name: string) {
  await tabTo(page, group, { inside: true });
  const radios = group.getByRole("radio");
  const target = group.getByRole("radio", { name, exact: true });
  const names = await radios.evaluateAll((els) => els.map((el) => el.id));
  const wanted = names.indexOf(await target.evaluate((el) => el.id));
  for (let i = 0; i < names.length && !(await isFocused(target)); i++) {
    const at = names.indexOf(await page.evaluate(() => document.activeElement?.id ?? ""));
    await page.keyboard.press(wanted > at ? "ArrowDown" : "ArrowUp");
  }
  if (!(await target.isChecked())) await page.keyboard.press("Space");
  await expect(target).toBeChecked();
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs forward to Next (or another button) and presses Enter, then waits for the next step. */
async function pressButton(page: Page, name: string) {
  await tabTo(page, page.getByRole("button", { name, exact: true }));
  await page.keyboard.press("Enter");
}

async function expectStep(page: Page, path: string, heading: string, position: string) {
  await expect(page).toHaveURL(new RegExp(`/onboarding/${path}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByText(`Step ${position}: ${heading}`)).toBeVisible();
  await expect(page.locator('ol [aria-current="step"]')).toContainText(heading);
}

async function answerAboutYou(page: Page) {
  await expectStep(page, "about", "About you", "1 of 7");
  await expect(page.getByLabel("Display name")).toHaveValue("Robin");
  await typeInto(page, page.getByLabel("Pronouns"), "they/them");
  await typeInto(page, page.getByLabel("A short intro"), "Rebuilding a social life after moving cities.");
  await expect(page.getByText("45 of 500 characters")).toBeVisible();

  // Find a language by typing, then Tab to it.
  const search = page.getByLabel("Find a language");
  await typeInto(page, search, "span");
  await expect(page.getByText("1 of 39 shown")).toBeVisible();
  await tick(page, page.getByRole("checkbox", { name: "Spanish" }));
  await tabTo(page, search, { back: true });
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Eng");
  await tick(page, page.getByRole("checkbox", { name: "English" }));
  await expect(page.getByText("Chosen: English, Spanish")).toBeVisible();

  await tick(page, page.getByRole("checkbox", { name: "Loneliness & isolation" }));
  await tick(page, page.getByRole("checkbox", { name: "A life transition" }));

  await typeInto(page, page.getByLabel("Goal 1"), "Call a friend every week");
  await pressButton(page, "Add another goal");
  await expect(page.getByLabel("Goal 2")).toBeFocused();
  await page.keyboard.type("Join a walking group");

  await pressButton(page, "Next");
}

async function answerCommitment(page: Page) {
  await expectStep(page, "commitment", "Commitment", "2 of 7");
  await choose(page, page.getByRole("group", { name: "How committed do you feel to finding a partner right now?" }), "4");
  await typeInto(page, page.getByLabel("Hours a week you could give this"), "3");
  await choose(page, page.getByRole("group", { name: "How often would you like to check in?" }), "Once a week");
  await choose(page, page.getByRole("group", { name: "How long would you like a partnership to last?" }), "About 3 months");
  await choose(page, page.getByRole("group", { name: "How reliably do you usually follow through on plans?" }), "5, I almost always follow through");
  await pressButton(page, "Next");
}

async function answerSchedule(page: Page) {
  await expectStep(page, "schedule", "Schedule", "3 of 7");
  await expect(page.getByLabel("Your timezone")).toHaveValue("Europe/Lisbon");

  // Into the grid: its one tab stop is Monday 06:00. Page Down moves two hours at a time.
  const grid = page.getByRole("grid", { name: "Times that usually work for you" });
  await tabTo(page, grid, { inside: true });
  for (let i = 0; i < 6; i++) await page.keyboard.press("PageDown");
  await expect(page.getByRole("gridcell", { name: "Monday 18:00 to 18:30" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Shift+ArrowDown");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByRole("gridcell", { name: "Friday 18:30 to 19:00" })).toBeFocused();
  await expect(page.getByText("You're available: Mon–Fri 18:00–19:00")).toBeVisible();

  await tick(page, page.getByRole("checkbox", { name: "Video call" }));
  await tick(page, page.getByRole("checkbox", { name: "Text chat" }));
  await pressButton(page, "Next");
}

async function answerValues(page: Page) {
  await expectStep(page, "values", "Values", "4 of 7");
  for (const value of ["Honesty", "Consistency", "Compassion", "Patience", "Kindness"]) {
    await tick(page, page.getByRole("checkbox", { name: value }));
  }
  // Five is the most: the others wait, and say why.
  await expect(page.getByRole("checkbox", { name: "Humour" })).toBeDisabled();
  await expect(page.getByText("You've chosen 5, the most for now.")).toBeVisible();

  const beliefs: [string, string][] = [
    ["Loneliness is a signal, not a flaw.", "5, Agree"],
    ["Setbacks are part of progress.", "4"],
    ["Asking for help is a strength.", "5, Agree"],
    ["Small steps count.", "5, Agree"],
    ["Honesty matters more than comfort.", "3"],
  ];
  for (const [statement, answer] of beliefs) await choose(page, page.getByRole("group", { name: statement }), answer);
  await choose(page, page.getByRole("group", { name: "Do you need a sobriety-friendly partner?" }), "No");
  await choose(page, page.getByRole("group", { name: "Are you sobriety-friendly?" }), "Yes");
  await pressButton(page, "Next");
}

async function answerCommunication(page: Page) {
  await expectStep(page, "communication", "Communication", "5 of 7");
  await choose(page, page.getByRole("group", { name: "How do you like to hear feedback?" }), "4");
  await choose(page, page.getByRole("group", { name: "If a check-in doesn't happen, what should your partner do?" }), "Send me a gentle nudge");
  await choose(page, page.getByRole("group", { name: "How quickly do you open up?" }), "2");
  await choose(page, page.getByRole("group", { name: "When would you usually expect a reply to a message?" }), "Within 24 hours");
  await choose(page, page.getByRole("group", { name: "What kind of partnership would you like?" }), "Two peers supporting each other");
  await pressButton(page, "Next");
}

async function answerBoundaries(page: Page) {
  await expectStep(page, "boundaries", "Boundaries & preferences", "6 of 7");
  await expect(page.getByText("Only shared with a partner once you both agree to work together.").first()).toBeVisible();
  await typeInto(page, page.getByLabel("Topics that are off-limits for you"), "My ex");
  await tick(page, page.getByRole("checkbox", { name: "Must share a language" }));
  await pressButton(page, "Next");
}

test.use({ timezoneId: "Europe/Lisbon" });

test("a new member answers the whole questionnaire with the keyboard and opens to matching", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `robin-${randomBytes(4).toString("hex")}@example.test`;
  await signUp(page, email, "Robin");
  await verify(page, email);
  await signIn(page, email);

  // The dashboard's main action starts the questionnaire.
  const start = page.getByRole("link", { name: "Start your questionnaire" });
  await tabTo(page, start);
  await page.keyboard.press("Enter");

  await answerAboutYou(page);
  await answerCommitment(page);
  await answerSchedule(page);
  await answerValues(page);
  await answerCommunication(page);
  await answerBoundaries(page);

  // Review: every answer in words, with an Edit link per step.
  await expectStep(page, "review", "Review", "7 of 7");
  for (const title of ["About you", "Commitment", "Schedule", "Values", "Communication", "Boundaries & preferences"]) {
    await expect(page.getByRole("link", { name: `Edit ${title}`, exact: true })).toHaveAttribute("href", /\/onboarding\//);
  }
  const review = page.getByRole("main");
  await expect(review.getByText("Mon–Fri 18:00–19:00", { exact: true })).toBeVisible();
  await expect(review.getByText("Loneliness & isolation", { exact: true })).toBeVisible();
  await expect(review.getByText("Honesty", { exact: true })).toBeVisible();
  await expect(review.getByText("Join a walking group", { exact: true })).toBeVisible();
  await expect(review.getByText("Europe/Lisbon", { exact: true })).toBeVisible();

  // The matching choice has no answer until the member gives one.
  const matching = page.getByRole("group", { name: "Open to matching" });
  await expect(matching.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(matching).toContainText("Never your email");
  await choose(page, matching, "Yes, suggest me to compatible people");
  await pressButton(page, "Finish");

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "You're open to matching" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Open to matching" })).toHaveAttribute("aria-checked", "true");
  const answers = page.getByRole("region", { name: "Your answers" });
  await expect(answers).toContainText("Mon–Fri 18:00–19:00");
  await expect(answers).toContainText("Once a week, 3 hours a week");
  await expect(answers).toContainText("Kindness");
  await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
});

test("a member who signs out after step 2 picks up at step 3, with unsaved changes kept", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `sam-${randomBytes(4).toString("hex")}@example.test`;
  await signUp(page, email, "Robin");
  await signIn(page, email);

  await page.goto("/onboarding");
  await answerAboutYou(page);

  // Next without answers: the errors say what to do and focus moves to the first one.
  await expectStep(page, "commitment", "Commitment", "2 of 7");
  await pressButton(page, "Next");
  // Said beside the question, and in the summary at the top of the step as a link to it.
  await expect(page.getByRole("group", { name: "How committed do you feel to finding a partner right now?" }).getByText("Choose how committed you feel fits, from 1 to 5.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose how committed you feel fits, from 1 to 5." })).toBeVisible();
  await expect(page.getByRole("radio", { name: "1, Curious, exploring" })).toBeFocused();
  await answerCommitment(page);
  await expectStep(page, "schedule", "Schedule", "3 of 7");

  // Sign out from the header, with the keyboard.
  const signOut = page.getByRole("button", { name: "Sign out" }).first();
  await signOut.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);

  await signIn(page, email);
  const resume = page.getByRole("link", { name: "Continue your questionnaire (step 3 of 7)" });
  await expect(resume).toBeVisible();

  // Later steps can't be opened early: they lead back to the next one to answer.
  await page.goto("/onboarding/values");
  await expectStep(page, "schedule", "Schedule", "3 of 7");

  // Earlier answers are kept, and a change made here survives Back and Next.
  await tick(page, page.getByRole("checkbox", { name: "Voice call" }));
  await tabTo(page, page.getByRole("link", { name: "Back", exact: true }));
  await page.keyboard.press("Enter");
  await expectStep(page, "commitment", "Commitment", "2 of 7");
  await expect(page.getByRole("radio", { name: "Once a week" })).toBeChecked();
  await expect(page.getByLabel("Hours a week you could give this")).toHaveValue("3");
  await pressButton(page, "Next");
  await expectStep(page, "schedule", "Schedule", "3 of 7");
  await expect(page.getByRole("checkbox", { name: "Voice call" })).toBeChecked();
  await expect(page.getByText("We kept the changes you hadn't saved yet.")).toBeVisible();

  // The profile can be edited before the questionnaire is finished.
  await page.goto("/settings/profile");
  await expect(page.getByLabel("Pronouns")).toHaveValue("they/them");
  // A blank name is refused beside the field, which takes focus.
  await expect(page.locator("#profile-form")).toBeVisible();
  await page.getByLabel("Display name").fill("");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Tell us what to call you.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toBeFocused();
  await page.getByLabel("Display name").fill("Sam");
  await page.getByLabel("Find a language").fill("fren");
  await page.getByRole("checkbox", { name: "French" }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.goto("/settings/questionnaire");
  await expect(page.getByRole("link", { name: "Edit About you" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue your questionnaire" })).toBeVisible();
  await page.goto("/onboarding/about");
  await expect(page.getByLabel("Display name")).toHaveValue("Sam");
  await expect(page.getByText("Chosen: English, Spanish, French")).toBeVisible();
});
