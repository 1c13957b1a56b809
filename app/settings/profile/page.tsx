import type { Metadata } from "next";
import { ProfileForm } from "@/components/onboarding/profile-form";
import { CapacityForm } from "@/components/settings/capacity-form";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";
import { SettingsNav } from "../settings-nav";

export const metadata: Metadata = { title: "Profile settings", robots: { index: false } };

export default async function ProfileSettingsPage() {
  await requireMember("/settings/profile");
  const api = await caller();
  const state = await api.onboarding.state();
  // Only matters once matching can happen, so it appears after the questionnaire is finished.
  const capacity = state.completedAt ? await api.partnerships.capacity() : null;

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="font-medium text-muted">Settings</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">Profile</h1>
      <p className="mt-3 text-lg text-muted">How you appear to other members, and the languages and timezone you use.</p>

      <div className="mt-6">
        <SettingsNav />
      </div>

      <div className="mt-8">
        <ProfileForm
          initial={{
            displayName: state.displayName,
            pronouns: state.profile.pronouns ?? "",
            intro: state.profile.intro ?? "",
            timezone: state.timezone,
            languages: state.profile.languages,
          }}
        />
      </div>

      {capacity ? (
        <section aria-label="Partnerships at once" className="mt-12 border-t border-line pt-8">
          <CapacityForm capacity={capacity.capacity} open={capacity.open} />
        </section>
      ) : null}
    </Container>
  );
}
