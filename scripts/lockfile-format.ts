/**
 * The key order npm itself writes (json-stringify-nice with arborist's preferred keys): in every
 * object, scalars and arrays before objects, the preferred keys first, the rest alphabetically. An
 * entry written in any other order is rewritten by the next `npm install` on a fresh clone, which
 * shows up as a modified package-lock.json nobody touched.
 */
export function stringifyLikeNpm(value: unknown): string {
  const preferred = ["name", "version", "lockfileVersion", "resolved", "integrity", "requires", "packages", "dependencies"];
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
  const rank = (k: string) => (preferred.includes(k) ? preferred.indexOf(k) : preferred.length);
  const order = (_key: string, v: unknown) => {
    if (!isObject(v)) return v;
    const entries = Object.entries(v).sort(([ak, av], [bk, bv]) => {
      if (isObject(av) !== isObject(bv)) return isObject(av) ? 1 : -1;
      return rank(ak) - rank(bk) || (rank(ak) === preferred.length ? ak.localeCompare(bk, "en") : 0);
    });
    return Object.fromEntries(entries);
  };
  return `${JSON.stringify(value, order, 2)}\n`;
}
