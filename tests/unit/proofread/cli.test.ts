import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import iconv from "iconv-lite";
import { run } from "@/cli/commands/proofread";
import { isAppError } from "@/lib/errors";

const dir = mkdtempSync(path.join(os.tmpdir(), "jiyao-proofread-"));
function file(name: string, body: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, body);
  return p;
}

function captureStdout(): { text: () => string } {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  return { text: () => out };
}

async function json(argv: string[]): Promise<{ suggestions: Array<{ start: number; end: number; original: string; replacement: string; kind: string; reason: string }> }> {
  const out = captureStdout();
  expect(await run([...argv, "--json"])).toBe(0);
  vi.restoreAllMocks();
  return JSON.parse(out.text());
}

async function expectCode(p: Promise<unknown>, code: string) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(isAppError(e) && e.code).toBe(code);
}

describe("jiyao proofread", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints suggestions whose offsets index the decoded file text", async () => {
    const text = "我们今天开会,讨论预算。\r\nPlease send the the report.\r\n";
    const p = file("notes.txt", text);
    const { suggestions } = await json([p]);
    expect(suggestions.map((s) => s.kind)).toEqual(["punctuation", "duplicate"]);
    for (const s of suggestions) {
      expect(text.slice(s.start, s.end)).toBe(s.original);
      expect(Object.keys(s).sort()).toEqual(["end", "kind", "original", "reason", "replacement", "start"]);
    }
  });

  it("decodes GB18030 files the way uploads do", async () => {
    const text = "会议纪要已经上传,请大家查阅。";
    const { suggestions } = await json([file("gbk.txt", iconv.encode(text, "gb18030"))]);
    expect(suggestions).toHaveLength(1);
    expect(text.slice(suggestions[0].start, suggestions[0].end)).toBe(",");
  });

  it("skips Markdown code and link targets but keeps offsets into the Markdown source", async () => {
    const md = "# 标题\n\n我们的的方案见 `a,b` 和 [说明](https://x.com/a,b)。\n\n```\nteh,中文\n```\n";
    const { suggestions } = await json([file("doc.md", md)]);
    expect(suggestions).toHaveLength(1);
    expect(md.slice(suggestions[0].start, suggestions[0].end)).toBe("的的");
  });

  it("proofreads only the text of HTML, not its markup or scripts", async () => {
    const html = '<html><body><p class="a,b">我们的的方案</p><script>var teh=1;</script><p>Teh plan.</p></body></html>';
    const { suggestions } = await json([file("page.html", html)]);
    expect(suggestions.map((s) => s.original)).toEqual(["的的", "Teh"]);
  });

  it("proofreads only JSON string values, not keys or escapes", async () => {
    const body = '{"segments":[{"teh":"Ann","text":"我们的的方案\\n下一行"},{"text":"Send the the file."}]}';
    const { suggestions } = await json([file("t.json", body)]);
    expect(suggestions.map((s) => s.original)).toEqual(["的的", "the the"]);
    for (const s of suggestions) expect(body.slice(s.start, s.end)).toBe(s.original);
  });

  it("takes a workspace accept-list and the spacing option", async () => {
    const p = file("en.txt", "We use teh tool and 用React写。\n");
    expect((await json([p])).suggestions.map((s) => s.original)).toEqual(["teh"]);
    expect((await json([p, "--accept", "teh"])).suggestions).toEqual([]);
    const words = file("accept.txt", "teh\n");
    expect((await json([p, "--accept-file", words, "--spacing"])).suggestions.map((s) => s.kind)).toEqual(["style", "style"]);
  });

  it("refuses bad input with a clear error", async () => {
    await expectCode(run(["--json"]), "INVALID_INPUT");
    await expectCode(run(["/nonexistent/x.txt", "--json"]), "NOT_FOUND");
    await expectCode(run([file("a.txt", "好"), "--engine", "gpt"]), "INVALID_INPUT");
    await expectCode(run([file("empty.txt", ""), "--json"]), "FILE_EMPTY");
    await expectCode(run([file("blank.txt", "  \n "), "--json"]), "NO_TEXT");
    await expectCode(run([file("bin.dat", new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 7, 0, 0, 1])), "--json"]), "BINARY_CONTENT");
  });
});
