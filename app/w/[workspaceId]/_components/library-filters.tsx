import type { Messages } from "@/lib/i18n/server";
import type { DocumentFilters } from "@/lib/db/documents";

const STATUSES = ["live", "uploaded", "parsing", "analyzing", "ready", "failed"] as const;

/** A plain GET form: filters live in the URL, so a filtered library can be bookmarked and shared. */
export function LibraryFilters({ m, filters, speakers }: { m: Messages; filters: DocumentFilters; speakers: string[] }) {
  const select = "rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";
  return (
    <search aria-label={m.library.filters.apply}>
      <form className="flex flex-wrap items-end gap-2 text-sm">
        {filters.collection ? <input type="hidden" name="collection" value={filters.collection} /> : null}
        <select name="kind" defaultValue={filters.kind ?? ""} aria-label={m.library.columns.name} className={select}>
          <option value="">{m.library.filters.all}</option>
          <option value="meeting">{m.library.filters.meetings}</option>
          <option value="document">{m.library.filters.documents}</option>
        </select>
        <select name="status" defaultValue={filters.status ?? ""} aria-label={m.library.columns.status} className={select}>
          <option value="">{m.library.filters.anyStatus}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {m.status[s]}
            </option>
          ))}
        </select>
        {speakers.length ? (
          <select name="speaker" defaultValue={filters.speaker ?? ""} aria-label={m.library.filters.speaker} className={select}>
            <option value="">{m.library.filters.speaker}</option>
            {speakers.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        ) : null}
        <label className="flex items-center gap-1">
          <span className="text-stone-600">{m.library.filters.from}</span>
          <input type="date" name="from" defaultValue={filters.from} className={select} />
        </label>
        <label className="flex items-center gap-1">
          <span className="text-stone-600">{m.library.filters.to}</span>
          <input type="date" name="to" defaultValue={filters.to} className={select} />
        </label>
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
          {m.library.filters.apply}
        </button>
        <a href={filters.collection ? `?collection=${filters.collection}` : "?"} className="px-2 py-1.5 text-stone-600 hover:underline">
          {m.library.filters.clear}
        </a>
      </form>
    </search>
  );
}
