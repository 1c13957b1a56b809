import { expect, expectAccessible, test } from "./fixtures";

/*
 * The private calendar link, from the settings: made and shown once, followed by a calendar app
 * without signing in, replaced (the old one stops at once) and turned off.
 */

test("a member makes a calendar link, a calendar app reads it, and a new link or turning it off stops the old one", async ({ page, members, playwright }) => {
  await members.signedIn(page);
  await page.goto("/settings/security");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await expect(page.getByText("Anyone with this link can see when your check-ins are and your partners' display names.")).toBeVisible();

  await page.getByRole("button", { name: "Make my calendar link" }).click();
  const link = page.getByRole("textbox", { name: "Your calendar link" });
  await expect(link).toBeFocused();
  const first = await link.inputValue();
  expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectAccessible(page);

  // A calendar app has no session.
  const app = await playwright.request.newContext();
  const feedPath = (url: string) => new URL(url).pathname;
  const served = await app.get(feedPath(first));
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await served.text()).toContain("BEGIN:VCALENDAR");

  // After a reload the link is on but no longer shown.
  await page.reload();
  await expect(page.getByText("Your calendar link is on")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your calendar link" })).toHaveCount(0);

  await page.getByRole("button", { name: "Make a new link" }).click();
  await page.getByRole("button", { name: "Yes, make a new link" }).click();
  await expect(link).toBeFocused();
  const second = await link.inputValue();
  expect(second).not.toBe(first);
  expect((await app.get(feedPath(first))).status()).toBe(404);
  expect((await app.get(feedPath(second))).status()).toBe(200);

  await page.getByRole("button", { name: "Turn off" }).click();
  await page.getByRole("button", { name: "Yes, turn it off" }).click();
  await expect(page.getByRole("button", { name: "Make my calendar link" })).toBeVisible();
  expect((await app.get(feedPath(second))).status()).toBe(404);
  await app.dispose();
});
