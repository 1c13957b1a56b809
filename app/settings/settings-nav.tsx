import { NavLink } from "@/components/layout/nav-link";

const sections = [
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/questionnaire", label: "Questionnaire" },
  { href: "/settings/notifications", label: "Notifications" },
  { href: "/settings/security", label: "Security" },
  { href: "/settings/calendar", label: "Calendar" },
  { href: "/settings/blocked", label: "Blocked members" },
  { href: "/settings/privacy", label: "Privacy" },
];

/** The settings sections; more join them as they arrive. */
export function SettingsNav() {
  return (
    <nav aria-label="Settings">
      <ul className="flex flex-wrap gap-2">
        {sections.map((section) => (
          <li key={section.href}>
            <NavLink
              href={section.href}
              className="inline-flex min-h-11 items-center rounded-xl border border-line-strong px-4 font-medium text-fg no-underline hover:bg-surface-2 aria-[current=page]:border-primary aria-[current=page]:bg-primary-soft aria-[current=page]:text-primary-text"
            >
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
