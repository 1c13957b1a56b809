import Link from "next/link";

/** "Newer / Older" style paging for the bounded moderator lists. */
export function PageLinks({ path, page, hasMore, labels }: { path: string; page: number; hasMore: boolean; labels: { previous: string; next: string } }) {
  if (page === 0 && !hasMore) return null;
  const linkClass = "inline-flex min-h-11 items-center font-medium text-primary-text underline underline-offset-4";
  return (
    <nav aria-label="Pages" className="mt-8 flex justify-between gap-4">
      {page > 0 ? (
        <Link href={`${path}?page=${page - 1}`} className={linkClass}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      {hasMore ? (
        <Link href={`${path}?page=${page + 1}`} className={linkClass}>
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}

/** The page number from `?page=`, within the bounds the procedures accept. */
export function pageFrom(value: string | string[] | undefined): number {
  const page = typeof value === "string" ? Number.parseInt(value, 10) : 0;
  return Number.isInteger(page) && page >= 0 && page <= 1000 ? page : 0;
}
