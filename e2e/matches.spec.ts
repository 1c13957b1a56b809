import { expect, test } from "./fixtures";
import { completeQuestionnaire } from "./questionnaire";

/*
 * The suggestions page. The keyboard path through the questionnaire is covered in
 * onboarding.spec.ts; here it is answered the quickest way (see questionnaire.ts). Sending a
 * request from a card is covered in requests.spec.ts.
 */

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

test("a member who finishes the questionnaire sees suggestions, each explained, with nobody's email", async ({ page, members }) => {
  test.setTimeout(120_000);
  await members.signedIn(page, { name: "Jun" });
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
    // The fit in words, never a number (scores stay inside Tandem).
    await expect(card).toContainText(/A strong fit|A good fit|A fair fit|Some common ground/);
    await expect(card).not.toContainText(/out of 100/);
    const reasons = card.getByRole("list", { name: "Why you might fit" }).getByRole("listitem");
    await expect(reasons).toHaveCount(2);
    await expect(card).toContainText(/It's \d\d:\d\d( on \w+day)? for them/);
    await expect(card).toContainText(/Best shared time: \w+days \d\d:\d\d for you/);
  }

  // Nothing on the page shows an email address: not the member's own, not anyone suggested.
  expect(await main.innerText()).not.toContain("@");
  // Each card asks to be partners (nothing is sent until the member says so); "Not for me", a
  // quiet Block and Report wait behind "More about …".
  await expect(main.getByRole("button", { name: "Ask to be partners" })).toHaveCount(count);
  await expect(main.getByRole("button", { name: /^Block / })).toHaveCount(0);
  const first = cards.first();
  await first.getByText(/^More about /).click();
  await expect(first.getByRole("button", { name: /^Not for me/ })).toHaveCount(1);
  await expect(first.getByRole("button", { name: /^Block / })).toHaveCount(1);
  await expect(first.getByRole("link", { name: /^Report / })).toHaveCount(1);
  await expect(first.getByRole("list", { name: "How your answers fit" }).getByRole("listitem")).toHaveCount(4);
});
