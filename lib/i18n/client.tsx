"use client";
import { createContext, useContext } from "react";
import type { Locale } from "./locales";
import type { en } from "./messages/en";

type Messages = typeof en;
const I18nContext = createContext<{ locale: Locale; m: Messages } | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: React.ReactNode }) {
  return <I18nContext.Provider value={{ locale, m: messages }}>{children}</I18nContext.Provider>;
}

export function useI18n(): { locale: Locale; m: Messages } {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
