import Link from "next/link";

/** The two moderator pages, side by side under each page's heading. */
export function AdminNav({ current }: { current: "reports" | "audit" }) {
  const link = (href: string, label: string, here: boolean) => (
    <Link href={href} aria-current={here ? "page" : undefined} className="inline-flex min-h-11 items-center font-medium text-primary-text underline-offset-4 hover:underline aria-[current]:underline">
      {label}
    </Link>
  );
  return (
    <nav aria-label="Moderation" className="mt-4 flex gap-6">
      {link("/admin/reports", "Reports", current === "reports")}
      {link("/admin/audit", "Audit log", current === "audit")}
    </nav>
  );
}
