"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useAction } from "@/components/forms/use-action";
import { markRead as markReadAction } from "./actions";

/**
 * A notification's link. Following an unread one marks it read on the way; if that fails, the
 * member still gets where they were going and it simply stays unread.
 */
export function NotificationLink({ id, href, unread, children }: { id: string; href: string; unread: boolean; children: ReactNode }) {
  const router = useRouter();
  const markRead = useAction(markReadAction);
  return (
    <Link
      href={href}
      onClick={() => {
        if (unread) markRead.mutate({ ids: [id] }, { onSuccess: () => router.refresh() });
      }}
      className="font-medium text-primary-text underline underline-offset-4"
    >
      {children}
    </Link>
  );
}
