import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { SignOutButton } from "@/components/accounts/sign-out-button";
import { ReadNoticesHere } from "@/components/notifications/read-notices-here";
import { Container } from "@/components/ui/container";
import { getSessionUser } from "@/server/auth/session";
import { caller } from "@/trpc/server";
import { AccountNav, type AccountLink } from "./account-nav";
import { LogoMark } from "./logo-mark";
import { NavLink } from "./nav-link";
import { PhoneMenu } from "./phone-menu";

/** Who is signed in, if anyone. The header must render even when the session can't be read. */
async function signedIn(): Promise<{ role: "MEMBER" | "MODERATOR" } | null> {
  try {
    return await getSessionUser();
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

/** The member's unread notifications, or null when they can't be counted: the header still renders, without a number. */
async function unreadNotifications(): Promise<number | null> {
  try {
    return await (await caller()).notifications.unreadCount();
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

function notificationsLink(unread: number | null): AccountLink {
  if (!unread) return { href: "/notifications", label: "Notifications" };
  return { href: "/notifications", label: `Notifications (${unread})`, ariaLabel: `Notifications, ${unread} unread` };
}

const signedOutLinks: AccountLink[] = [
  { href: "/signin", label: "Sign in" },
  { href: "/signup", label: "Create account" },
];

/**
 * Site header, one row: wordmark home, the always-visible "Get help now" link, then the account
 * links (sign in / create account, or dashboard / suggestions / requests / notifications with the
 * unread count / settings / sign out; moderators also see Reports). From `lg` up the links sit in
 * the row; below it they sit behind a "Menu" button, so phones keep their screen for the page.
 */
export async function SiteHeader() {
  const member = await signedIn();
  const unread = member ? await unreadNotifications() : null;
  const links: AccountLink[] = member
    ? [
        { href: "/dashboard", label: "Dashboard" },
        { href: "/matches", label: "Suggestions" },
        { href: "/requests", label: "Requests" },
        notificationsLink(unread),
        { href: "/settings/security", label: "Settings", section: "/settings" },
        // Only moderators learn the admin area exists.
        ...(member.role === "MODERATOR" ? [{ href: "/admin/reports", label: "Reports", section: "/admin" }] : []),
      ]
    : signedOutLinks;
  const signOut = (className: string) => (member ? <SignOutButton variant="quiet" size="sm" className={className} /> : null);

  return (
    <header className="relative border-b border-line bg-background print:hidden">
      {unread ? <ReadNoticesHere /> : null}
      <Container className="flex items-center gap-2 py-2 lg:gap-4 lg:py-3">
        <Link
          href="/"
          className="-ml-1 mr-auto inline-flex min-h-11 items-center gap-2 rounded-xl px-1 text-xl font-semibold tracking-tight text-fg no-underline"
        >
          <LogoMark />
          <span>Tandem</span>
        </Link>

        <NavLink
          href="/help"
          aria-label="Get help now"
          className="inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-xl border border-attention bg-attention-soft px-3 text-sm font-semibold text-attention no-underline hover:underline sm:text-base"
        >
          <LifeBuoy aria-hidden="true" className="size-4 shrink-0" />
          {/* On the narrowest phones the words shorten to "Help"; the link's name stays "Get help now". */}
          <span className="max-[389px]:hidden">Get help now</span>
          <span aria-hidden="true" className="min-[390px]:hidden">
            Help
          </span>
        </NavLink>

        <div className="hidden lg:block">
          <AccountNav links={links} signOut={signOut("px-3 text-base text-fg")} />
        </div>

        <PhoneMenu unread={unread}>
          <Container>
            <AccountNav layout="stacked" links={links} signOut={signOut("min-h-12 w-full justify-start px-3 text-lg text-fg")} />
          </Container>
        </PhoneMenu>
      </Container>
    </header>
  );
}
