import { describe, expect, it } from "vitest";
import { indexTopic, missingShare, presentCoverage } from "@/lib/engine/local/answer-support";
import { buildUnits, type Unit } from "@/lib/engine/local/units";
import { MIN_PARTIAL_HIT } from "@/lib/engine/local/tuning";
import { stem } from "@/lib/text/stem";
import type { ParsedDoc } from "@/lib/ingest/types";

/**
 * indexTopic looks words up in one text of all units (substring search, a term → units map)
 * instead of testing every unit; these are the per-unit definitions it must agree with exactly,
 * written out as the engine had them before.
 */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
function partialHit(w: string, text: string): number {
  if (text.includes(w)) return 1;
  for (let len = w.length - 1; len >= 2; len--) for (let s = 0; s + len <= w.length; s++) if (text.includes(w.slice(s, s + len))) return len / w.length;
  return 0;
}
const finalVowel = (w: string) => (w.length >= 4 ? w.replace(/[eiy]$/, "") : w);
const sameWord = (t: string, d: string) =>
  t === d || (t.length >= 6 && d.length >= 6 && t.slice(0, 6) === d.slice(0, 6)) || (t.length >= 4 && d.length >= 4 && finalVowel(t) === finalVowel(d));

function referenceHits(topic: string[], units: Unit[], speakers: string[]): Float64Array[] {
  return topic.map((w) => {
    const h = new Float64Array(units.length);
    const han = HAN.test(w);
    const by = new Set(
      speakers.filter((s) =>
        han
          ? s.includes(w)
          : s
              .toLowerCase()
              .split(/[^\p{L}\p{N}]+/u)
              .some((x) => x && sameWord(w, stem(x))),
      ),
    );
    units.forEach((u, i) => {
      if (u.speaker && by.has(u.speaker)) h[i] = 1;
      else if (han) h[i] = partialHit(w, u.raw + u.text);
      else h[i] = u.terms.some((d) => sameWord(w, d)) ? 1 : 0;
    });
    return h;
  });
}

function referenceCoverage(hits: Float64Array[], weight: number[], n: number, radius: number): Float64Array {
  const out = new Float64Array(n);
  const present = hits.map((h) => Math.max(0, ...h) >= MIN_PARTIAL_HIT);
  const total = weight.reduce((a, w, k) => a + (present[k] ? w : 0), 0);
  if (!total) return out.fill(1);
  hits.forEach((h, k) => {
    if (!present[k]) return;
    const pre = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + (h[i] >= MIN_PARTIAL_HIT ? 1 : 0);
    for (let i = 0; i < n; i++) if (pre[Math.min(n, i + radius + 1)] - pre[Math.max(0, i - radius)] > 0) out[i] += weight[k] / total;
  });
  return out;
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const ZH_WORDS = ["数据平台", "预算", "委员会", "混元", "腾讯会议", "审批流程", "供应链", "客户", "团队", "发布", "监控指标", "会议"];
const EN_WORDS = ["budget", "analysis", "analyses", "arrangement", "arranged", "remote", "rubber", "easy", "ease", "Berlin", "office", "designer"];

function randomDoc(seed: number, lang: "zh" | "en"): ParsedDoc {
  const r = prng(seed);
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
  const speakers = lang === "zh" ? ["张伟", "李娜", "委员会秘书"] : ["Project Manager", "Industrial Designer", "Marketing"];
  const segments = Array.from({ length: 60 }, (_, index) => {
    const words = Array.from({ length: 3 + Math.floor(r() * 6) }, () => pick(lang === "zh" ? ZH_WORDS : EN_WORDS));
    const text =
      lang === "zh"
        ? `${words.join("和")}的情况需要调整。${pick(ZH_WORDS).slice(0, 2)}先看一下。`
        : `The ${words.join(" and the ")} were discussed today. We looked at ${pick(EN_WORDS)} again.`;
    return { index, speaker: r() < 0.8 ? pick(speakers) : undefined, text };
  });
  return { kind: "meeting", title: "t", lang, speakers, format: "txt", segments };
}

describe("subject index over all units (answer-support.ts)", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`gives exactly the per-unit hits, weights, coverage and not-found share (${lang})`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const doc = randomDoc(seed, lang);
        const units = buildUnits(doc);
        // Whole words, partial words (混元后 → 混元), words nowhere in the text, speaker-label words.
        const topic =
          lang === "zh" ? ["数据平台", "混元后", "预算委员会", "柏林", "张伟", "秘书", "会"] : ["budget", "analysis", "arrangement", "easi", "berlin", "designer", "market"];
        const ix = indexTopic(topic, units, doc.speakers);
        const ref = referenceHits(topic, units, doc.speakers);
        topic.forEach((w, k) => {
          expect(Array.from(ix.hits[k]), `${w} seed ${seed}`).toEqual(Array.from(ref[k]));
          expect(Array.from(ix.at[k])).toEqual(Array.from(ref[k].keys()).filter((i) => ref[k][i] > 0));
        });
        const weight = ref.map((h) => {
          let df = 0;
          for (const v of h) df += v;
          return Math.log(1 + (units.length - df + 0.5) / (df + 0.5));
        });
        expect(ix.weight).toEqual(weight);
        for (const radius of [0, 2, 5, 15]) expect(Array.from(presentCoverage(ix, units.length, radius))).toEqual(Array.from(referenceCoverage(ref, weight, units.length, radius)));
        const total = weight.reduce((a, w) => a + w, 0);
        const missing = ref.reduce((a, h, k) => a + (Math.max(0, ...h) < MIN_PARTIAL_HIT ? weight[k] : 0), 0);
        expect(missingShare(ix)).toBe(missing / total);
      }
    });
  }

  it("finds a word again after the unit list it was built for grows", () => {
    const units = buildUnits(randomDoc(3, "en"));
    expect(indexTopic(["zebra"], units).at[0].length).toBe(0);
    units.push({ ...units[0], id: units.length, text: "A zebra crossed.", raw: "A zebra crossed.", terms: ["zebra", "cross"] });
    expect(Array.from(indexTopic(["zebra"], units).at[0])).toEqual([units.length - 1]);
  });
});
