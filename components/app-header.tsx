import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";
import { LocaleSwitch } from "./locale-switch";
import { SignOutButton } from "./sign-out-button";
import { WorkspaceSwitcher, type HeaderWorkspace } from "./workspace-switcher";

export type { HeaderWorkspace };

/** `canAdminister`: the reader is an owner or admin of the current workspace, so Settings is offered. */
export async function AppHeader({
  user,
  workspaces,
  current,
  canAdminister = false,
}: {
  user: { name: string; email: string };
  workspaces: HeaderWorkspace[];
  current?: string;
  canAdminister?: boolean;
}) {
  const { m } = await getMessages();
  const links = current
    ? [
        { href: `/w/${current}`, label: m.nav.library },
        { href: `/w/${current}/todos`, label: m.nav.todos },
        { href: `/w/${current}/mentions`, label: m.meetings.nav.mentions },
        { href: `/w/${current}/search`, label: m.nav.search },
        { href: `/w/${current}/ask`, label: m.nav.ask },
        { href: `/w/${current}/writings`, label: m.writings.nav },
        { href: `/w/${current}/glossary`, label: m.meetings.nav.glossary },
        { href: `/w/${current}/templates`, label: m.meetings.nav.templates },
        { href: `/w/${current}/members`, label: m.nav.members },
        ...(canAdminister ? [{ href: `/w/${current}/settings`, label: m.nav.settings }] : []),
        { href: `/w/${current}/tokens`, label: m.nav.tokens },
      ]
    : [];
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          Jiyao <span className="text-stone-500">纪要</span>
        </Link>
        <WorkspaceSwitcher workspaces={workspaces} current={current} />
        <nav aria-label={m.nav.main} className="flex items-center gap-1 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="rounded-md px-2.5 py-1.5 text-stone-700 hover:bg-stone-100">
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LocaleSwitch />
          <span className="hidden text-stone-600 sm:inline" title={user.email}>
            {user.name}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
