/** Shown while a workspace page renders on the server: the page's shape, not a blank screen. */
export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-live="polite">
      <div className="h-6 w-48 rounded bg-stone-200" />
      <div className="h-24 rounded-lg bg-stone-100" />
      <div className="space-y-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-10 rounded bg-stone-100" />
        ))}
      </div>
    </div>
  );
}
