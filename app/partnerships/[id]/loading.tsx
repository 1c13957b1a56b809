import { PageSkeleton } from "@/components/requests/page-skeleton";

export default function PartnershipLoading() {
  return <PageSkeleton title="Your partnership" status="Opening your partnership…" cards={1} />;
}
