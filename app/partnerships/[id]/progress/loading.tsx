import { PageSkeleton } from "@/components/requests/page-skeleton";

export default function ProgressLoading() {
  return <PageSkeleton title="Your progress" status="Gathering your progress…" cards={3} />;
}
