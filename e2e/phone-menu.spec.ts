import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { joinSpeaking } from "./partnership";

test.use({ timezoneId: "Europe/Lisbon" });

// Every page these tests visit is checked with axe at the size it was seen (the `axeEveryPage` fixture):
// /, /about and /help among them, on a phone and on a laptop.

const header = (page: Page) => page.getByRole("banner");
const menuButton = (page: Page) => header(page).getByRole("button", { name: /^Menu/ });
const mainNav = (page: Page) => header(page).getByRole("navigation", { name: "Main" });

/** Opens the phone menu once the page has hydrated (before that it is a plain `<details>`, without aria-expanded). */
async function openMenu(page: Page) {
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
}

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the header is one short row: the wordmark, help and a menu that opens, closes on Escape and works from the keyboard", async ({ page }) => {
    await page.goto("/");
    const box = await header(page).boundingBox();
    expect(box?.height).toBeLessThanOrEqual(72);
    await expect(header(page).getByRole("link", { name: "Get help now" })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();

    const button = menuButton(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator(`#${await button.getAttribute("aria-controls")}`)).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Create account" })).toBeVisible();

    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    await expect(button).toBeFocused();

    // From the keyboard: Enter opens it, Tab reaches the first link, Enter follows it and the menu closes.
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/signin$/);
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();

    // Help is in the header itself, one tap away, without opening the menu.
    await header(page).getByRole("link", { name: "Get help now" }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
    await page.getByRole("contentinfo").getByRole("link", { name: "About Tandem" }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.getByRole("heading", { level: 1, name: "About Tandem" })).toBeVisible();
  });

  test("a member's menu holds their links, marks the page they are on, and the page's first action shows without scrolling", async ({ page, members }) => {
    await joinSpeaking(members, page, "Amani", "Swahili");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();

    await openMenu(page);
    for (const name of ["Dashboard", "Suggestions", "Requests", "Notifications", "Settings"]) {
      await expect(mainNav(page).getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(mainNav(page).getByRole("link", { name: "Dashboard", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(mainNav(page).getByRole("button", { name: "Sign out" })).toBeVisible();

    await mainNav(page).getByRole("link", { name: "Suggestions", exact: true }).click();
    await expect(page).toHaveURL(/\/matches$/);
    await expect(mainNav(page)).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();

    // A tap outside (here in the page's margin, below the open menu) closes it too.
    await openMenu(page);
    await expect(mainNav(page).getByRole("link", { name: "Suggestions", exact: true })).toHaveAttribute("aria-current", "page");
    await page.mouse.click(4, 760);
    await expect(mainNav(page)).toBeHidden();

    await openMenu(page);
    await mainNav(page).getByRole("link", { name: "Requests", exact: true }).click();
    await expect(page).toHaveURL(/\/requests$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();

    // The narrowest phones keep one row too, with no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(menuButton(page)).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Get help now" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect((await header(page).boundingBox())?.height).toBeLessThanOrEqual(72);
  });

  test("without JavaScript the menu still opens and its links work", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto("/help");
    await expect(mainNav(page)).toBeHidden();
    await header(page).getByText("Menu").click();
    await mainNav(page).getByRole("link", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/signup$/);
    await context.close();
  });
});

test.describe("on a 1280 px laptop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the full nav sits in the header row and there is no menu button", async ({ page, members }) => {
    await page.goto("/");
    await expect(menuButton(page)).toBeHidden();
    await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Get help now" })).toBeVisible();
    await page.goto("/about");
    await expect(page.getByRole("heading", { level: 1, name: "About Tandem" })).toBeVisible();
    await page.goto("/help");

    await members.signedIn(page, { name: "Femi" });
    await expect(menuButton(page)).toBeHidden();
    const box = await header(page).boundingBox();
    expect(box?.height).toBeLessThanOrEqual(80);
    await mainNav(page).getByRole("link", { name: "Requests", exact: true }).click();
    await expect(page).toHaveURL(/\/requests$/);
    await expect(mainNav(page).getByRole("link", { name: "Requests", exact: true })).toHaveAttribute("aria-current", "page");
  });
});
