import type { Metadata } from "next";
import { LocaleSwitch } from "@/components/locale-switch";
import { getMessages } from "@/lib/i18n/server";

// Shared pages are for the people holding the link, not for search engines; and the token in the URL
// must not travel to other sites in a Referer header.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The frame of a public share page: no app navigation, nothing that leads into a workspace. */
export default async function SharedLayout({ children }: { children: React.ReactNode }) {
  const { m } = await getMessages();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
          <p className="text-lg font-semibold tracking-tight text-brand-700">
            Jiyao <span className="text-stone-500">纪要</span>
          </p>
          <LocaleSwitch />
        </div>
      </header>
      <main className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">{children}</main>
      <footer className="border-t border-stone-200 py-4 text-center text-xs text-stone-500">{m.share.sharedBy}</footer>
    </div>
  );
}
