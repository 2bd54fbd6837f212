import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fmt } from "@/lib/i18n/locales";
import { en } from "@/lib/i18n/messages/en";
import { zh } from "@/lib/i18n/messages/zh";

function strings(o: unknown, at = ""): [string, string][] {
  if (typeof o === "string") return [[at, o]];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
}

describe("English plurals", () => {
  it("one and many read right", () => {
    expect(fmt(en.members.count, { n: 1 })).toBe("1 member");
    expect(fmt(en.members.count, { n: 3 })).toBe("3 members");
    expect(fmt(en.share.days, { n: 1 })).toBe("1 day");
    expect(fmt(en.share.days, { n: 30 })).toBe("30 days");
    expect(fmt(en.doc.speakers, { n: 1, names: "Ann" })).toBe("1 speaker: Ann");
    expect(fmt(en.search.results, { n: 0 })).toBe("0 results");
    expect(fmt(en.todos.carried, { n: 1 })).toBe("1 to-do carried over.");
    expect(fmt(en.doc.coverage, { failed: 1, total: 1 })).toBe("Part of the text could not be analyzed: 1 of 1 part failed.");
  });

  it("no English message puts a number before a plural noun without choosing the form", () => {
    const bare = strings(en).filter(([, s]) => /\{\w+\} (?:more )?[a-z-]{2,}s\b/.test(s));
    expect(bare).toEqual([]);
  });

  it("Chinese messages carry no English plural forms", () => {
    expect(strings(zh).filter(([, s]) => /\{\w+\|/.test(s))).toEqual([]);
  });
});

describe("Chinese words that must differ", () => {
  it("a processed document (Ready) and a finished to-do (done) are different words", () => {
    expect(zh.status.ready).not.toBe(zh.todos.done);
    const statuses = new Set(Object.values(zh.status));
    for (const s of [zh.todos.open, zh.todos.done, zh.todos.dropped]) expect(statuses.has(s), s).toBe(false);
  });
});

const ROOT = process.cwd();
const sources = ["app", "components"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => path.join(dir, f)),
);

describe("no hard-coded English in the interface", () => {
  it("every accessible name, title, placeholder and field label comes from the messages", () => {
    const found: string[] = [];
    for (const file of sources) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const m of text.matchAll(/\b(?:aria-label|title|placeholder|alt|label)=(?:"([^"]*)"|\{["`]([^"`]*)["`]\})/g)) {
        // Letters outside any ${…}: words written into the markup rather than taken from the messages.
        const literal = (m[1] ?? m[2]).replace(/\$\{[^}]*\}/g, "");
        if (/[A-Za-z]/.test(literal)) found.push(`${file}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
