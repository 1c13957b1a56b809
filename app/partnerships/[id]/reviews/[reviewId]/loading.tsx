import { PageSkeleton } from "@/components/requests/page-skeleton";

export default function ReviewLoading() {
  return <PageSkeleton title="Your review" status="Opening your review…" cards={2} />;
}
