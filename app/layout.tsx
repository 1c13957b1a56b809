import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { getCrisisPlace } from "@/server/crisis/place";
import "./globals.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  style: "normal",
  display: "swap",
});

export const metadata: Metadata = {
  title: {
    default: "Tandem · Accountability partners for rebuilding connection",
    template: "%s · Tandem",
  },
  description:
    "Tandem matches you with an accountability partner. Agree together how you'll support each other, check in on a rhythm that suits you both, and pause or end kindly.",
  applicationName: "Tandem",
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf8f5" },
    { media: "(prefers-color-scheme: dark)", color: "#161514" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The footer names the crisis line for where the member is (the same answer /help gives).
  const crisisPlace = await getCrisisPlace();
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader />
        {/* The tRPC and query client provider sits in the layouts of the routes that call the API
            (their layout.tsx), so pages that only read, like the landing page, ship none of it. */}
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter crisisPlace={crisisPlace} />
      </body>
    </html>
  );
}
