import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "@/cli/commands/parse";
import { FIXTURES, expectCode } from "./helpers";

function captureStdout(): { text: () => string } {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  return { text: () => out };
}

describe("jiyao parse", () => {
  afterEach(() => vi.restoreAllMocks());

  it("--json prints the ParsedDoc and returns 0", async () => {
    const out = captureStdout();
    const code = await run([path.join(FIXTURES, "feishu-minutes.txt"), "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out.text());
    expect(doc).toMatchObject({ kind: "meeting", format: "txt", title: "产品需求评审", speakers: ["张三", "李四", "王五"] });
    expect(doc.segments[0]).toEqual({ index: 0, speaker: "张三", startMs: 2000, text: "那我们开始吧，今天主要评审会员中心的需求。" });
  });

  it("prints a readable listing without --json", async () => {
    const out = captureStdout();
    expect(await run([path.join(FIXTURES, "zoom.vtt")])).toBe(0);
    expect(out.text()).toContain("[2] 00:00:13 Maria Garcia: Sure, go ahead.");
  });

  it("throws AppError for a missing file, a too-large file and bad content", async () => {
    await expectCode(run(["/nonexistent/file.txt", "--json"]), "NOT_FOUND");
    await expectCode(run([path.join(FIXTURES, "report.pdf"), "--json", "--max-bytes", "100"]), "FILE_TOO_LARGE");
    await expectCode(run(["--json"]), "INVALID_INPUT");
  });
});
