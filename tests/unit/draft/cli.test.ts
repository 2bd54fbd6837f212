import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "@/cli/commands/write";
import { DraftSchema } from "@/lib/engine/draft-types";
import { isAppError } from "@/lib/errors";

const dir = mkdtempSync(path.join(os.tmpdir(), "jiyao-write-"));
const meeting = path.join(dir, "standup.txt");
writeFileSync(
  meeting,
  `${["Ana: Let's start the standup.", "Ben: I will send the budget draft to finance by Friday.", "Ana: We decided to move the launch to May.", "Ben: Okay, agreed."].join("\n")}\n`,
);

async function output(argv: string[]): Promise<string> {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  expect(await run(argv)).toBe(0);
  vi.restoreAllMocks();
  return out;
}

describe("jiyao write", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints JSON with citations and source, or Markdown with markers", async () => {
    const d = DraftSchema.parse(JSON.parse(await output(["minutes-en", meeting, "--json"])));
    expect(d.sources).toEqual(["standup.txt"]);
    expect(d.sections.find((s) => s.id === "attendees")!.items.map((i) => i.text)).toEqual(["Ana", "Ben"]);
    expect(d.sections.find((s) => s.id === "time")!.empty).toBe("not recorded");
    const md = await output(["minutes-en", meeting]);
    expect(md).toMatch(/^# Minutes: /);
    expect(md).toContain("- Ana [#0]");
  });

  it("rejects an unknown template or a missing file with the usage", async () => {
    const e1 = await run(["memo", meeting]).catch((e: unknown) => e);
    expect(isAppError(e1) && e1.code).toBe("INVALID_INPUT");
    expect(String((e1 as Error).message)).toContain("minutes-zh");
    const e2 = await run(["minutes-zh"]).catch((e: unknown) => e);
    expect(isAppError(e2) && e2.message).toMatch(/usage: jiyao write/);
    const e3 = await run(["minutes-zh", path.join(dir, "nope.txt")]).catch((e: unknown) => e);
    expect(isAppError(e3) && e3.code).toBe("NOT_FOUND");
  });
});
