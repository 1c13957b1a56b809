import { expect, expectAccessible, test } from "./fixtures";
import { answerUpToSchedule, chooseIn } from "./questionnaire";

/*
 * "Sobriety first" as a value and "not sobriety-friendly" can't both be answered (issue 17): the
 * question explains it while the value is ticked, and the step says what to do instead of saving.
 * This member never opens to matching, so nobody is suggested them.
 */
test('the values step asks for sobriety answers that agree, at 375 and 1280 px', async ({ page, members }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await members.signedIn(page, { name: "Quinn Sobriety" });
  await answerUpToSchedule(page);
  await page.getByRole("button", { name: "Weekday evenings" }).click();
  await page.getByRole("checkbox", { name: "Video call" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/\/onboarding\/values$/);
  await expect(page.locator("form[data-hydrated]")).toBeVisible({ timeout: 30_000 });

  for (const statement of ["Loneliness is a signal, not a flaw.", "Setbacks are part of progress.", "Asking for help is a strength.", "Small steps count.", "Honesty matters more than comfort."]) {
    await chooseIn(page, statement, "4");
  }
  await chooseIn(page, "Do you need a sobriety-friendly partner?", "No");
  await chooseIn(page, "Are you sobriety-friendly?", "No");
  const question = page.getByRole("group", { name: "Are you sobriety-friendly?" });
  await page.getByRole("checkbox", { name: "Honesty" }).check();
  await page.getByRole("checkbox", { name: "Sobriety first" }).check();
  // The hint explains; the message replaces it once the "No" stands (said once, not twice).
  await expect(question).toContainText('Choose "Yes" here, or untick "Sobriety first" above.');
  await expect(question).not.toContainText("Because you chose");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/\/onboarding\/values$/);
  await expect(question).toContainText('Choose "Yes" here, or untick "Sobriety first" above.');
  await expectAccessible(page);

  // Unticking the value makes the earlier "No" fine again, at once.
  await page.getByRole("checkbox", { name: "Sobriety first" }).uncheck();
  await expect(question).not.toContainText("Sobriety first");
  await page.getByRole("checkbox", { name: "Sobriety first" }).check();
  await chooseIn(page, "Are you sobriety-friendly?", "Yes");
  await expect(question).not.toContainText('Choose "Yes" here');
  await expect(question).toContainText('Because you chose "Sobriety first" as a value, this is a yes (or untick it above).');
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/\/onboarding\/communication$/);
});
