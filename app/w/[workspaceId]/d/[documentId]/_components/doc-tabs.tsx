import Link from "next/link";

export const TABS = ["minutes", "outline", "todos", "ask", "slides", "quiz"] as const;
export type Tab = (typeof TABS)[number];

/** Tabs are links (?tab=…): each panel renders on the server, and a tab can be bookmarked or shared. */
export function DocTabs({ base, active, labels, label }: { base: string; active: Tab; labels: Record<Tab, string>; label: string }) {
  return (
    <nav aria-label={label} className="flex gap-1 border-b border-stone-200">
      {TABS.map((t) => (
        <Link
          key={t}
          href={`${base}?tab=${t}`}
          scroll={false}
          aria-current={t === active ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
            t === active ? "border-brand-600 text-brand-700" : "border-transparent text-stone-600 hover:text-stone-900"
          }`}
        >
          {labels[t]}
        </Link>
      ))}
    </nav>
  );
}
