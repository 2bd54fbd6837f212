import type { Messages } from "@/lib/i18n/server";

/** A plain GET form: filters live in the URL, so a filtered log can be bookmarked. */
export function AuditFilterForm({
  m,
  actions,
  actors,
  values,
}: {
  m: Messages;
  actions: string[];
  actors: { id: string; name: string; email: string }[];
  values: { action?: string; actor?: string; from?: string; to?: string };
}) {
  const t = m.settings.audit;
  const select = "rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";
  return (
    <search aria-label={t.filters.apply}>
      <form className="flex flex-wrap items-end gap-2 text-sm">
        <select name="action" defaultValue={values.action ?? ""} aria-label={t.filters.action} className={select}>
          <option value="">{t.filters.anyAction}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {(t.actions as Record<string, string>)[a] ?? a}
            </option>
          ))}
        </select>
        <select name="actor" defaultValue={values.actor ?? ""} aria-label={t.filters.actor} className={select}>
          <option value="">{t.filters.anyone}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.email})
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1">
          <span className="text-stone-600">{t.filters.from}</span>
          <input type="date" name="from" defaultValue={values.from} className={select} />
        </label>
        <label className="flex items-center gap-1">
          <span className="text-stone-600">{t.filters.to}</span>
          <input type="date" name="to" defaultValue={values.to} className={select} />
        </label>
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
          {t.filters.apply}
        </button>
        <a href="?" className="px-2 py-1.5 text-stone-600 hover:underline">
          {t.filters.clear}
        </a>
      </form>
    </search>
  );
}
