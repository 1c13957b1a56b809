import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { SignOutButton } from "@/components/accounts/sign-out-button";
import { SignOutEverywhere } from "@/components/accounts/sign-out-everywhere";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { requireMember } from "@/server/auth/require-member";
import { caller } from "@/trpc/server";
import { SettingsNav } from "../settings-nav";

export const metadata: Metadata = { title: "Security settings", robots: { index: false } };

export default async function SecuritySettingsPage() {
  await requireMember("/settings/security");
  const api = await caller();
  const me = await api.account.me();

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <p className="font-medium text-muted">Settings</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight sm:text-4xl">Security</h1>
      <p className="mt-3 text-lg text-muted">Your password, and where you&apos;re signed in.</p>

      <div className="mt-6">
        <SettingsNav />
      </div>

      <div className="mt-8 space-y-6">
        <Card as="section" aria-labelledby="change-password-heading">
          <CardTitle id="change-password-heading">Change password</CardTitle>
          <CardDescription>When you change it, every other device is signed out. This one stays signed in.</CardDescription>
          <div className="mt-6">
            <ChangePasswordForm email={me.email} displayName={me.displayName} />
          </div>
        </Card>

        <Card as="section" aria-labelledby="everywhere-heading">
          <CardTitle id="everywhere-heading">Sign out everywhere</CardTitle>
          <CardDescription>
            This signs you out on every other phone, tablet and computer. This device stays signed in. It helps if you used Tandem on
            a device you no longer have, or you&apos;re worried someone else can see your account.
          </CardDescription>
          <div className="mt-6">
            <SignOutEverywhere />
          </div>
        </Card>

        <Card as="section" tone="soft" aria-labelledby="this-device-heading">
          <CardTitle id="this-device-heading">This device</CardTitle>
          <CardDescription>
            Signed in as <span className="break-all text-fg">{me.email}</span>. Signing out here doesn&apos;t affect your other devices.
          </CardDescription>
          <div className="mt-4">
            <SignOutButton withIcon />
          </div>
        </Card>
      </div>
    </Container>
  );
}
