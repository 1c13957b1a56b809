import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn, signUp } from "./members";
import { answerUpToSchedule, completeQuestionnaire, password, signUpVerifyAndSignIn } from "./questionnaire";

/*
 * Two things a member must be able to trust on the Schedule step: the timezone they saved stays
 * theirs whatever their device says, and on a phone, scrolling past the grid never chooses times.
 */

const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString("hex")}@example.test`;

/** A member who signed up (and, with `answered`, finished the questionnaire) on a device in `timezoneId`. */
async function memberFrom(browser: Browser, timezoneId: string, name: string, { answered = false } = {}): Promise<string> {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  const email = uniqueEmail(name);
  if (answered) {
    await signUpVerifyAndSignIn(page, email, name);
    await completeQuestionnaire(page);
  } else {
    await signUp(page, email, name, password);
  }
  await context.close();
  return email;
}

const zoneSelect = (page: Page) => page.getByLabel("Your timezone");
const deviceOffer = (page: Page) => page.getByText(/^Your device says/);

async function dragAcross(page: Page, from: string, to: string) {
  const centre = async (name: string) => {
    const box = (await page.getByRole("gridcell", { name }).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  await page.getByRole("gridcell", { name: to }).scrollIntoViewIfNeeded();
  const [a, b] = [await centre(from), await centre(to)];
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

/** Saves the step; saving and rendering the review can take a while on a busy machine. */
async function saveChanges(page: Page) {
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/onboarding\/review$/, { timeout: 15_000 });
}

test.describe("a device in another timezone", () => {
  test.use({ timezoneId: "America/New_York" });

  test("reaching Schedule with Next keeps the zone chosen at sign-up", async ({ page, browser }) => {
    test.setTimeout(120_000);
    // Signing up on a device in London makes London the member's zone.
    const email = await memberFrom(browser, "Europe/London", "ash");
    await signIn(page, email, password);
    await page.goto("/settings/profile");
    await expect(zoneSelect(page)).toHaveValue("Europe/London");

    // Soft checks: what the step shows, then (below) what pressing Next saves.
    await answerUpToSchedule(page);
    await expect.soft(zoneSelect(page)).toHaveValue("Europe/London");
    await expect.soft(page.getByText("Times are in your timezone (Europe/London).")).toBeVisible();
    await expect.soft(deviceOffer(page)).toHaveText("Your device says America/New_York — use it?");
    await expectAccessible(page);

    // With a mouse, dragging still chooses a block of times.
    await dragAcross(page, "Monday 18:00 to 18:30", "Friday 20:30 to 21:00");
    await expect(page.getByText("You're available: Mon–Fri 18:00–21:00")).toBeVisible();
    await page.getByRole("checkbox", { name: "Video call" }).check();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page).toHaveURL(/\/onboarding\/values$/);

    await page.goto("/settings/profile");
    await expect(zoneSelect(page)).toHaveValue("Europe/London");
    await page.goto("/onboarding/schedule");
    await expect(zoneSelect(page)).toHaveValue("Europe/London");
  });

  test("editing Schedule from Settings keeps the saved zone, and the device's is only offered", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const email = await memberFrom(browser, "Europe/Lisbon", "kit", { answered: true });
    await signIn(page, email, password);
    const review = page.getByRole("region", { name: "Schedule" });

    await page.goto("/settings/questionnaire");
    await page.getByRole("link", { name: "Edit Schedule" }).click();
    await expect(page).toHaveURL(/\/onboarding\/schedule$/);
    await expect.soft(zoneSelect(page)).toHaveValue("Europe/Lisbon");
    await expect.soft(deviceOffer(page)).toHaveText("Your device says America/New_York — use it?");
    await saveChanges(page);
    await expect(review.getByText("Europe/Lisbon", { exact: true })).toBeVisible();

    // Settings → Profile, also reached in the app.
    await page.goto("/settings/questionnaire");
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Profile" }).click();
    await expect(page).toHaveURL(/\/settings\/profile$/);
    await expect(zoneSelect(page)).toHaveValue("Europe/Lisbon");
    await expect(deviceOffer(page)).toBeVisible();
    await page.reload();
    await expect(zoneSelect(page)).toHaveValue("Europe/Lisbon");

    // Taking up the offer is the member's own choice, and then there is nothing left to offer.
    await page.goto("/onboarding/schedule");
    await expect(zoneSelect(page)).toHaveValue("Europe/Lisbon");
    await page.getByRole("button", { name: "Use America/New_York" }).click();
    await expect(zoneSelect(page)).toHaveValue("America/New_York");
    await expect(zoneSelect(page)).toBeFocused();
    await expect(deviceOffer(page)).toHaveCount(0);
    await saveChanges(page);
    await expect(review.getByText("America/New_York", { exact: true })).toBeVisible();
    await page.goto("/onboarding/schedule");
    await expect(zoneSelect(page)).toHaveValue("America/New_York");
    await expect(deviceOffer(page)).toHaveCount(0);
  });
});

/** A one-finger swipe through Chromium's real touch input: the finger moves by `dy` pixels. */
async function swipe(page: Page, x: number, y: number, dy: number) {
  const cdp = await page.context().newCDPSession(page);
  const steps = 12;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y + (dy * i) / steps }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

test.describe("on a phone", () => {
  test.use({ timezoneId: "Europe/Lisbon", viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test("a swipe over the availability grid scrolls the page, and a tap chooses one time", async ({ page }) => {
    test.setTimeout(120_000);
    await signUpVerifyAndSignIn(page, uniqueEmail("lee"), "Lee");
    await completeQuestionnaire(page);
    const review = page.getByRole("region", { name: "Schedule" });
    const savedTimes = review.locator("dt:text-is('Times that usually work') + dd").getByRole("listitem");

    await page.goto("/onboarding/schedule");
    const grid = page.getByRole("grid", { name: "Times that usually work for you" });
    const chosen = grid.locator('[role="gridcell"][aria-selected="true"]');
    await expect(chosen).toHaveCount(30);

    // Put Wednesday 13:00 near the bottom of the screen, then swipe up across the grid.
    const start = page.getByRole("gridcell", { name: "Wednesday 13:00 to 13:30" });
    await start.scrollIntoViewIfNeeded();
    const box = (await start.boundingBox())!;
    await page.evaluate((by) => window.scrollBy(0, by), box.y - 520);
    const box2 = (await start.boundingBox())!;
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await swipe(page, box2.x + box2.width / 2, box2.y + box2.height / 2, -320);

    await expect.soft(chosen).toHaveCount(30);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore + 150);
    await expect(chosen).toHaveCount(30);
    await saveChanges(page);
    await expect(savedTimes).toHaveText(["Mon–Fri 18:00–21:00"]);

    // A tap chooses exactly the time tapped.
    await review.getByRole("link", { name: "Edit Schedule" }).click();
    const saturday = page.getByRole("gridcell", { name: "Saturday 10:00 to 10:30" });
    await saturday.scrollIntoViewIfNeeded();
    await saturday.tap();
    await expect(saturday).toHaveAttribute("aria-selected", "true");
    await expect(chosen).toHaveCount(31);
    await saveChanges(page);
    await expect(savedTimes).toHaveText(["Mon–Fri 18:00–21:00", "Sat 10:00–10:30"]);
  });
});
