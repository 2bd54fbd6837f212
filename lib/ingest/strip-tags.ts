/**
 * Markup removal in one left-to-right pass. The regex form (`<[^>]*>` with /g) restarts its scan at
 * every `<`, so a file of `<a` repeated 150,000 times with no `>` cost 150,000 scans to the end of
 * the line (quadratic: a minute for 300 KB). Here the position of the next closer is remembered:
 * once no closer is left, no later opener can close either, and the rest is kept as text.
 */

/** Where `needle` next occurs at or after `from`, remembered between calls (positions only grow). */
function nextFinder(s: string, needle: string) {
  let at = -2;
  return (from: number): number => {
    if (at === -1) return -1;
    if (at < from) at = s.indexOf(needle, from);
    return at;
  };
}

const TAG_START_MD = /[a-zA-Z]/;
// WebVTT cue tags: <v Name>, <c.loud>, <i>, <00:00:01.000> timestamps, <lang en>.
const TAG_START_CUE = /[a-zA-Z0-9.:_ -]/;

/**
 * Drops `<!-- comments -->` and tags (`<b>`, `</b>`, `<a href=…>`); a `<` that does not open a tag,
 * or one with no closing `>` after it, is text. `cue` also accepts the WebVTT tag shapes.
 */
export function stripTags(s: string, opts: { cue?: boolean } = {}): string {
  if (!s.includes("<")) return s;
  const tagStart = opts.cue ? TAG_START_CUE : TAG_START_MD;
  const nextGt = nextFinder(s, ">");
  const nextCommentEnd = nextFinder(s, "-->");
  let out = "";
  let i = 0;
  for (;;) {
    const lt = s.indexOf("<", i);
    if (lt < 0) break;
    if (s.startsWith("<!--", lt)) {
      const end = nextCommentEnd(lt + 4);
      if (end < 0) {
        out += s.slice(i, lt + 1);
        i = lt + 1;
        continue;
      }
      out += s.slice(i, lt);
      i = end + 3;
      continue;
    }
    const name = s[lt + 1] === "/" ? (s[lt + 2] ?? "") : (s[lt + 1] ?? "");
    if (!tagStart.test(name)) {
      out += s.slice(i, lt + 1);
      i = lt + 1;
      continue;
    }
    const gt = nextGt(lt + 1);
    if (gt < 0) break;
    out += s.slice(i, lt);
    i = gt + 1;
  }
  return out + s.slice(i);
}

/** Drops ASS/SSA override blocks (`{\an8}`, `{\i1}`) the same way: one pass, the next `}` remembered. */
export function stripOverrides(s: string): string {
  if (!s.includes("{\\")) return s;
  const nextBrace = nextFinder(s, "}");
  let out = "";
  let i = 0;
  for (;;) {
    const open = s.indexOf("{\\", i);
    if (open < 0) break;
    const close = nextBrace(open + 2);
    if (close < 0) break;
    out += s.slice(i, open);
    i = close + 1;
  }
  return out + s.slice(i);
}
