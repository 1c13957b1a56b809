import { expect, test } from "./fixtures";

test.use({ timezoneId: "Asia/Kathmandu", viewport: { width: 375, height: 800 } });

test("a member chooses how each update reaches them and sets quiet hours, on a phone-sized screen", async ({ page, members }) => {
  await members.signedIn(page, { name: "Robin" });
  await page.goto("/settings/security");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Notifications" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();

  const request = page.getByRole("group", { name: "Someone asks to be your partner" });
  await expect(request.getByRole("radio", { name: "Notifications and email" })).toBeChecked();
  await request.getByRole("radio", { name: "Off" }).check();
  // A moderator's note offers no "Off", and says why.
  const moderators = page.getByRole("group", { name: "A note from Tandem's moderators" });
  await expect(moderators.getByRole("radio")).toHaveCount(2);
  await expect(moderators.getByText("can't be switched off")).toBeVisible();

  await expect(page.getByText("(Asia/Kathmandu)")).toBeVisible();
  await page.getByLabel("Hold emails during quiet hours").check();
  // The same time twice is no quiet period: the form says so and sends nothing.
  await page.getByLabel("From").fill("21:30");
  await page.getByLabel("Until").fill("21:30");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Choose different times for when quiet hours start and end.")).toBeVisible();
  await page.getByLabel("Until").fill("07:15");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("group", { name: "Someone asks to be your partner" }).getByRole("radio", { name: "Off" })).toBeChecked();
  await expect(page.getByLabel("Hold emails during quiet hours")).toBeChecked();
  await expect(page.getByLabel("From")).toHaveValue("21:30");
  await expect(page.getByLabel("Until")).toHaveValue("07:15");
});
