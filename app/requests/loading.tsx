import { PageSkeleton } from "@/components/requests/page-skeleton";

export default function RequestsLoading() {
  return <PageSkeleton title="Your requests" status="Loading your requests…" />;
}
