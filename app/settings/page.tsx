import { redirect } from "next/navigation";

/** Settings open on their first (and for now only) section. */
export default function SettingsPage() {
  redirect("/settings/security");
}
