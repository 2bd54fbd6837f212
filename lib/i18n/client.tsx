"use client";
import { createContext, useContext } from "react";
import type { Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

const I18nContext = createContext<{ locale: Locale; m: Messages } | null>(null);

/** Only the locale crosses from the server: the messages come with the client bundle (messages/index.ts). */
export function I18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <I18nContext.Provider value={{ locale, m: MESSAGES[locale] }}>{children}</I18nContext.Provider>;
}

export function useI18n(): { locale: Locale; m: Messages } {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
