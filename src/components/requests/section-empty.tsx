import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/**
 * A list's empty state: what would be here, and what to do next. `illustration` (one of
 * src/components/illustrations, for the page's one empty list worth a picture) replaces the icon.
 */
export function SectionEmpty({
  icon: Icon,
  title,
  illustration,
  children,
}: {
  icon: LucideIcon;
  title: string;
  illustration?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card tone="soft" className="mt-4 flex flex-col gap-4 sm:flex-row">
      {illustration ? (
        <div className="w-24 shrink-0">{illustration}</div>
      ) : (
        <span aria-hidden="true" className="hidden size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-primary-text sm:flex">
          <Icon className="size-5" />
        </span>
      )}
      <div className="min-w-0 space-y-2">
        <p className="font-semibold">{title}</p>
        <div className="space-y-2 text-muted [&_a]:font-medium [&_a]:text-primary-text [&_a]:underline [&_a]:underline-offset-4">{children}</div>
      </div>
    </Card>
  );
}
