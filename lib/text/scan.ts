/**
 * Whitespace and punctuation trimming without regexes. The regex forms (whitespace around a line
 * break with /g, a trailing run of commas anchored at $) restart at every character of a long run that does not end as hoped, which is quadratic: 50,000
 * tabs took 6 s, 200,000 took 75 s. These are single passes. `npm run lint:redos` keeps the rest linear.
 */

const isSpace = (c: string) => c.trim() === "";

/** Every run of whitespace that holds a line break becomes `sep`. */
export function collapseBreaks(s: string, sep = " "): string {
  if (!s.includes("\n")) return s;
  const parts = s.split("\n");
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i];
    if (i > 0) p = p.trimStart();
    if (i < parts.length - 1) p = p.trimEnd();
    if (i === 0) out = p;
    else if (p || i === parts.length - 1) out += sep + p;
  }
  return out;
}

/** Spaces next to line breaks go, the breaks stay. */
export function trimSpacesAroundBreaks(s: string): string {
  if (!s.includes("\n")) return s;
  const parts = s.split("\n");
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i];
    if (i > 0) {
      let a = 0;
      while (p[a] === " ") a++;
      p = p.slice(a);
    }
    if (i < parts.length - 1) {
      let b = p.length;
      while (b > 0 && p[b - 1] === " ") b--;
      p = p.slice(0, b);
    }
    parts[i] = p;
  }
  return parts.join("\n");
}

/** Drops the trailing run of characters from `chars` (and whitespace too when `space`). */
export function trimEndChars(s: string, chars: string, space = false): string {
  let end = s.length;
  while (end > 0 && (chars.includes(s[end - 1]) || (space && isSpace(s[end - 1])))) end--;
  return end === s.length ? s : s.slice(0, end);
}
