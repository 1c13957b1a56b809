import { PageSkeleton } from "@/components/requests/page-skeleton";

export default function CheckInsLoading() {
  return <PageSkeleton title="Check-ins" status="Opening your check-ins…" cards={2} />;
}
