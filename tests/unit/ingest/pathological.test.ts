/**
 * Fuzz cases of pathological repeats per format (tests/fixtures/hostile/pathological.ts): each file
 * is read or ends in its specific AppError. Before the parsers were made linear most of these did not
 * finish within a minute; the test timeout catches a return of that, and `npm run bench hostile`
 * records the times.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/ingest";
import { isAppError } from "@/lib/errors";
import { stripOverrides, stripTags } from "@/lib/ingest/strip-tags";
import { voiceName } from "@/lib/ingest/vtt";
import { speakerPrefix } from "@/lib/ingest/cues";
import { PATHOLOGICAL } from "@/tests/fixtures/hostile/pathological";

describe("pathological repeats", () => {
  it.each(PATHOLOGICAL.map((c) => [c.name, c] as const))("%s", { timeout: 30_000 }, async (_name, c) => {
    let outcome: string;
    try {
      const doc = await parseDocument({ bytes: c.build(), fileName: c.fileName });
      expect(doc.segments.length).toBeGreaterThan(0);
      outcome = "ok";
    } catch (e) {
      if (!isAppError(e)) throw e;
      expect(e.message.length).toBeGreaterThan(20);
      outcome = e.code;
    }
    expect(outcome).toBe(c.expect);
  });

  it("reports what was too much in words a person understands", async () => {
    const msg = async (name: string) => {
      const c = PATHOLOGICAL.find((x) => x.name === name);
      if (!c) throw new Error(name);
      return parseDocument({ bytes: c.build(), fileName: c.fileName }).then(
        () => "",
        (e: Error) => e.message,
      );
    };
    expect(await msg("vtt 200,000 cues (9.6 MB)")).toMatch(/too many cues/);
    expect(await msg("pdf 640 MB flate-bomb stream")).toMatch(/expands beyond the limit/);
    expect(await msg("html 100,000 nested <div>")).toMatch(/nests elements more than/);
    expect(await msg("md `>`×100k (nested quotes)")).toMatch(/levels deep/);
  });
});

describe("linear markup scanners keep what the regexes did", () => {
  it("strips tags and comments, leaves lone brackets as text", () => {
    expect(stripTags("a <b>bold</b> <!-- c --> d")).toBe("a bold  d");
    expect(stripTags("1 < 2 and <3")).toBe("1 < 2 and <3");
    expect(stripTags("<!-- open <i>x</i>")).toBe("<!-- open x");
    expect(stripTags(`${"<a".repeat(5)}x`)).toBe(`${"<a".repeat(5)}x`);
    expect(stripTags("<c.loud><00:00:01.000>hi</c>", { cue: true })).toBe("hi");
  });

  it("strips ASS overrides", () => {
    expect(stripOverrides("{\\an8}top {\\i1}it{\\i0}")).toBe("top it");
    expect(stripOverrides(`${"{\\".repeat(4)}x`)).toBe(`${"{\\".repeat(4)}x`);
  });

  it("reads the first voice tag, bounded", () => {
    expect(voiceName("<v Alice>hi")).toBe("Alice");
    expect(voiceName("<v.loud Bob Smith>hey</v>")).toBe("Bob Smith");
    expect(voiceName("<vx>no <v Carol>yes")).toBe("Carol");
    expect(voiceName("<v a".repeat(1000))).toBeUndefined();
    expect(voiceName(`<v ${"x".repeat(500)}>`)).toBeUndefined();
  });

  it("splits a speaker prefix", () => {
    expect(speakerPrefix("- Alice: hello")).toEqual({ name: "Alice", text: "hello" });
    expect(speakerPrefix("张三：你好")).toEqual({ name: "张三", text: "你好" });
    expect(speakerPrefix("Note:   ")).toBeUndefined();
  });
});
