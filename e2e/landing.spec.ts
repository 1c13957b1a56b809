import { expect, test } from "./fixtures";

test("the landing page explains Tandem and offers help on every page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /create your account/i }).first()).toHaveAttribute("href", "/signup");
  await page.getByRole("link", { name: /get help now/i }).first().click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
});

test("/help lists the crisis lines with links that dial", async ({ page }) => {
  await page.goto("/help");
  await page.getByLabel("Choose your country").selectOption({ label: "United States" });
  await page.getByRole("button", { name: "Show lines" }).click();
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Who you can contact in the United States" })).toBeVisible();
  for (const text of ["988", "1-800-662-4357", "911"]) await expect(main).toContainText(text);
  await expect(main.locator('a[href="tel:988"]').first()).toBeVisible();
  await expect(main.locator('a[href="sms:988"]').first()).toBeVisible();
  await expect(main.locator('a[href*="8006624357"]').first()).toBeVisible();
});

test("a page that does not exist says so kindly, with a way on", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /get help now/i }).first()).toBeVisible();
});

test("health reports the database and the queue up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "up", database: "up", queue: "up" });
});

test("the dev mailbox is there in local mode, empty and kind", async ({ page }) => {
  await page.goto("/dev/mailbox?to=nobody%40example.test");
  await expect(page.getByRole("heading", { level: 1, name: "Dev mailbox" })).toBeVisible();
  await expect(page.getByText("No emails yet.")).toBeVisible();
});
