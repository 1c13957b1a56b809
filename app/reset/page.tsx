import type { Metadata } from "next";
import { RequestResetForm } from "@/components/accounts/request-reset-form";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

export default async function ResetPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = (Array.isArray(token) ? token[0] : token)?.trim() || null;
  return (
    <Container width="prose" className="py-12 sm:py-16">
      {value ? <ResetPasswordForm token={value} /> : <RequestResetForm />}
    </Container>
  );
}
