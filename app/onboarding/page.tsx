import { redirect } from "next/navigation";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";

/** Opens the questionnaire where the member left off: the next step to answer, or the review. */
export default async function OnboardingPage() {
  await requireMember("/onboarding");
  const api = await caller();
  const state = await api.onboarding.state();
  redirect(`/onboarding/${state.nextStep ?? "review"}`);
}
