import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  const { m } = await getMessages();
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold">{m.errors.notFoundTitle}</h1>
      <p className="max-w-md text-sm text-stone-600">{m.errors.notFound}</p>
      <Link href="/" className="text-sm font-medium text-brand-700 hover:underline">
        {m.errors.back}
      </Link>
    </main>
  );
}
