import { PageSkeleton } from "@/components/requests/page-skeleton";

export default function NotificationsLoading() {
  return <PageSkeleton title="Notifications" status="Loading your notifications…" cards={3} />;
}
