import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/signin-form";
import { problemFromAddress } from "@/components/accounts/signin-state";
import { Container } from "@/components/ui/container";
import { getSessionUser } from "@/server/auth/session";
import { signInAction } from "./actions";
import { signInReturnPath } from "./return-path";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to Tandem.",
  robots: { index: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = signInReturnPath(first(params.callbackUrl));

  if (await getSessionUser()) redirect(callbackUrl);

  return (
    <Container width="prose" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Sign in</h1>
      <p className="mt-3 text-lg text-muted">Welcome back. Sign in with the email and password you chose.</p>
      <SignInForm action={signInAction} callbackUrl={callbackUrl} notice={problemFromAddress(first(params.error), first(params.code))} />
    </Container>
  );
}
