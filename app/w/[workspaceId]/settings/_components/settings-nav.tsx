"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SettingsNav({ workspaceId, label, tabs }: { workspaceId: string; label: string; tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const base = `/w/${workspaceId}/settings`;
  return (
    <nav aria-label={label} className="flex gap-1 border-b border-stone-200 text-sm">
      {tabs.map((t) => {
        const href = `${base}${t.href}`;
        const active = pathname === href;
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 ${active ? "border-brand-600 font-medium text-stone-900" : "border-transparent text-stone-600 hover:text-stone-900"}`}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
