import Link from "next/link";
import { SignOutButton } from "./sign-out-button";
import { WorkspaceSwitcher } from "./workspace-switcher";

export interface HeaderWorkspace {
  id: string;
  name: string;
}

export function AppHeader({ user, workspaces, current }: { user: { name: string; email: string }; workspaces: HeaderWorkspace[]; current?: string }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          Jiyao <span className="text-stone-400">纪要</span>
        </Link>
        <WorkspaceSwitcher workspaces={workspaces} current={current} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-stone-600 sm:inline" title={user.email}>
            {user.name}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
