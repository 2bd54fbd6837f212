export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <p className="text-2xl font-semibold tracking-tight text-brand-700">
            Jiyao <span className="text-stone-400">纪要</span>
          </p>
          <p className="mt-1 text-sm text-stone-500">Minutes, to-dos and answers from your meetings</p>
        </div>
        {children}
      </div>
    </main>
  );
}
