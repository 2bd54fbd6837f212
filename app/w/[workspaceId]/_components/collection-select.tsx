"use client";

/** A `collection` field for GET forms (search, ask): all documents, or one collection. */
export function CollectionSelect({
  collections,
  value,
  label,
  allLabel,
  autoSubmit,
}: {
  collections: Array<{ id: string; name: string }>;
  value?: string;
  label: string;
  allLabel: string;
  autoSubmit?: boolean;
}) {
  return (
    <select
      name="collection"
      aria-label={label}
      defaultValue={value ?? ""}
      onChange={autoSubmit ? (e) => e.currentTarget.form?.requestSubmit() : undefined}
      className="rounded-md border border-stone-300 bg-white px-2 py-2 text-sm"
    >
      <option value="">{allLabel}</option>
      {collections.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
