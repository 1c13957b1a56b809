import type { Page } from "@playwright/test";

/** Fills in and sends the review form: four ratings (1–5), what to change, and the next step (its label). */
export async function answerReview(page: Page, ratings: number[], change: string, preference: string) {
  const legends = ["How well have we both kept our commitments?", "How well does our check-in schedule fit my life?", "How well do our values and ways of working match?", "How easy is it to talk with each other?"];
  for (const [i, legend] of legends.entries()) await page.getByRole("group", { name: legend }).getByRole("radio").nth(ratings[i]! - 1).check();
  await page.getByRole("textbox", { name: "What's working well? (optional)" }).fill("Our calls keep me going.");
  await page.getByRole("textbox", { name: "What would you like to change? (optional)" }).fill(change);
  await page.getByRole("group", { name: "What would you like to do next?" }).getByRole("radio", { name: new RegExp(preference) }).check();
  await page.getByRole("button", { name: "Send my answers" }).click();
}
