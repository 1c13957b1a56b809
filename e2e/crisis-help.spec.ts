import { expect, test } from "./fixtures";

test("a member in London sees Samaritans on /help and in the footer of every page", async ({ page, members }) => {
  await members.signedIn(page, { name: "Morgan", timezone: "Europe/London" });

  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("call 116 123 (Samaritans) or 999 now");
  await expect(footer.locator('a[href="tel:116123"]')).toBeVisible();
  await expect(footer.locator('a[href="tel:988"]')).toHaveCount(0);

  await footer.getByRole("link", { name: "More help" }).click();
  await expect(page).toHaveURL(/\/help$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Who you can contact in the United Kingdom" })).toBeVisible();
  await expect(main.getByText("Showing lines for the United Kingdom, from the timezone in your profile.")).toBeVisible();
  await expect(main.getByRole("heading", { level: 3, name: "Samaritans" })).toBeVisible();
  await expect(main.getByRole("link", { name: "Call 116 123" }).first()).toHaveAttribute("href", "tel:116123");
  await expect(main.getByRole("link", { name: "samaritans.org" })).toHaveAttribute("href", /^https:\/\/www\.samaritans\.org\//);
  await expect(main.getByRole("link", { name: "Call 999" }).first()).toBeVisible();
  await expect(footer).toContainText("116 123");
});

test("a member can show another country's lines without changing their profile, and go back", async ({ page, members }) => {
  await members.signedIn(page, { name: "Aoife", timezone: "Europe/London" });
  await page.goto("/help");
  await page.getByLabel("Choose your country").selectOption({ label: "Australia" });
  await page.getByRole("button", { name: "Show lines" }).click();

  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Who you can contact in Australia" })).toBeVisible();
  await expect(main.getByRole("link", { name: "Call 13 11 14" }).first()).toHaveAttribute("href", "tel:131114");
  await expect(page.getByRole("contentinfo")).toContainText("call 13 11 14 (Lifeline) or 000 now");

  await page.getByRole("button", { name: "Use my timezone again" }).click();
  await expect(main.getByText("Showing lines for the United Kingdom, from the timezone in your profile.")).toBeVisible();
  await page.goto("/settings/profile");
  await expect(page.getByRole("contentinfo")).toContainText("116 123");
});

test("a visitor we can't place sees the directory and every country's line, never only the US", async ({ page }) => {
  await page.goto("/help");
  const main = page.getByRole("main");
  await expect(main.getByText("If you might hurt yourself or are in danger, call your local emergency number now")).toBeVisible();
  await expect(main.getByRole("link", { name: "Find a helpline" }).first()).toHaveAttribute("href", "https://findahelpline.com");
  const others = main.getByRole("group").filter({ hasText: "Lines in the countries we know" });
  await expect(others).toHaveAttribute("open", "");
  for (const text of ["116 123", "13 11 14", "1737", "988"]) await expect(others).toContainText(text);
  await expect(page.getByRole("contentinfo")).toContainText("call your local emergency number now");
});

// In a context of its own: axe (run on every page the `page` fixture visits) needs JavaScript.
test("without JavaScript, a visitor chooses their country and sees its lines on /help and in the footer", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/help");
  await page.getByLabel("Choose your country").selectOption({ label: "New Zealand" });
  await page.getByRole("button", { name: "Show lines" }).click();
  await expect(page).toHaveURL(/\/help#crisis-country$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Who you can contact in New Zealand" })).toBeVisible();
  await expect(main.getByRole("link", { name: "Text 1737" }).first()).toHaveAttribute("href", "sms:1737");
  await page.goto("/");
  await expect(page.getByRole("contentinfo")).toContainText("call or text 1737 (free counselling) or 111 now");
  await context.close();
});
