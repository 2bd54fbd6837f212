"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

/** The choice lives in a cookie for a year, so it holds before sign-in and across devices' sessions. */
export function LocaleSwitch() {
  const { locale, m } = useI18n();
  const router = useRouter();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{m.app.language}</span>
      <select
        aria-label={m.app.language}
        value={locale}
        className="rounded-md border border-stone-300 bg-white px-1.5 py-1 text-sm"
        onChange={(e) => {
          const next = e.target.value as Locale;
          // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser we support; the server reads this cookie
          document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
      >
        <option value="en">{m.app.english}</option>
        <option value="zh">{m.app.chinese}</option>
      </select>
    </label>
  );
}
