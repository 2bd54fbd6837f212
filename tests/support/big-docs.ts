/** Real-world-shaped large inputs, generated in the test (nothing large is committed). */

const WHO = ["Alice", "Bob", "Carol", "Dan", "Erin"];

function line(i: number): string {
  if (i % 10 === 3) return `We decided to ship release ${i} of the billing service next week after the review.`;
  if (i % 10 === 7) return `I will update the migration guide for module ${i} by Friday and share it with the team.`;
  return `Status of workstream ${i}: the dashboard latency went down after the cache change in region ${i % 7}.`;
}

function ts(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A WebVTT caption file of `cues` cues, 3 s each, with `<v Speaker>` voices (20,000 cues ≈ 2.2 MB). */
export function bigVtt(cues: number): string {
  const out = ["WEBVTT", ""];
  for (let i = 0; i < cues; i++) {
    out.push(String(i + 1), `${ts(i * 3000)} --> ${ts(i * 3000 + 2900)}`, `<v ${WHO[i % WHO.length]}>${line(i)}`, "");
  }
  return out.join("\n");
}

/** A plain-text transcript of about `bytes` bytes: "Speaker: sentence" lines. */
export function bigTranscript(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = `${WHO[i % WHO.length]}: ${line(i)}`;
    out.push(l);
    size += Buffer.byteLength(l) + 1;
  }
  return out.join("\n");
}
