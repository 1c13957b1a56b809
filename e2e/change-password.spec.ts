import { expect, test } from "./fixtures";

// The change-password form sends its fields to a server action and shows the server's own
// messages: the browser has no validation library, so every rule is checked there.
test("a member changes their password after a wrong turn or two", async ({ page, members, browser }) => {
  const member = await members.signedIn(page, { name: "Mónica" });
  await page.goto("/settings/security");

  const current = page.getByLabel("Current password");
  const fresh = page.getByLabel("New password", { exact: true });
  const confirm = page.getByLabel("Confirm new password");
  const submit = page.getByRole("button", { name: "Change password" });

  // A new password that doesn't match its confirmation: the message sits by the field.
  await current.fill(member.password);
  await fresh.fill("lavanda-puente-sereno-31");
  await confirm.fill("lavanda-puente-sereno-13");
  await submit.click();
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(confirm).toBeFocused();

  // The wrong current password: said next to that field, and nothing changes.
  await current.fill("not-the-password-77");
  await confirm.fill("lavanda-puente-sereno-31");
  await submit.click();
  await expect(page.getByText("That isn't your current password.")).toBeVisible();
  await expect(current).toBeFocused();

  await current.fill(member.password);
  await submit.click();
  await expect(page.getByText("Your password is changed. Other devices have been signed out.")).toBeVisible();
  await expect(current).toHaveValue("");

  // This browser stays signed in; the new password works elsewhere, the old one no longer does.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await members.signIn(otherPage, { ...member, password: "lavanda-puente-sereno-31" });
  await other.close();
});
