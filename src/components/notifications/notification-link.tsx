"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useTRPC } from "@/trpc/client";

/**
 * A notification's link. Following an unread one marks it read on the way; if that fails, the
 * member still gets where they were going and it simply stays unread.
 */
export function NotificationLink({ id, href, unread, children }: { id: string; href: string; unread: boolean; children: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Link
      href={href}
      onClick={() => {
        if (unread) markRead.mutate({ ids: [id] });
      }}
      className="font-medium text-primary-text underline underline-offset-4"
    >
      {children}
    </Link>
  );
}
