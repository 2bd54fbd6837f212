import { LocaleSwitch } from "@/components/locale-switch";
import { getMessages } from "@/lib/i18n/server";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const { m } = await getMessages();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <p className="text-2xl font-semibold tracking-tight text-brand-700">
            Jiyao <span className="text-stone-500">纪要</span>
          </p>
          <p className="mt-1 text-sm text-stone-600">{m.app.tagline}</p>
        </div>
        {children}
        <div className="flex justify-center">
          <LocaleSwitch />
        </div>
      </div>
    </main>
  );
}
