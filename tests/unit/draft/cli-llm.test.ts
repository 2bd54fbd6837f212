import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { run } from "@/cli/commands/write";
import { DraftSchema } from "@/lib/engine/draft-types";
import { resetEnvCache } from "@/lib/env";
import { messageText, startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai-server";

const dir = mkdtempSync(path.join(os.tmpdir(), "jiyao-write-llm-"));
const meeting = path.join(dir, "standup.txt");
writeFileSync(
  meeting,
  `${["Ana: Let's start.", "Ben: I will send the budget draft to finance by Friday.", "Ana: We decided to move the launch to May.", "Ben: Okay."].join("\n")}\n`,
);

let server: FakeOpenAI;
const saved = { ...process.env };
beforeAll(async () => {
  server = await startFakeOpenAI((req) => {
    const system = messageText(req.body.messages.find((m) => m.role === "system")!);
    if (system.includes("office documents from meeting notes"))
      return { content: JSON.stringify({ sections: [{ id: "decisions", items: [{ text: "The launch moves to May.", source: "standup.txt", citations: [2] }] }] }) };
    // The reduce step points back at the map notes by id (D1, T1).
    if (system.includes("You merge notes"))
      return {
        content: JSON.stringify({
          title: "Standup",
          decisions: [{ text: "Move the launch to May", from: ["D1"] }],
          todos: [{ text: "Send the budget draft to finance", owner: "Ben", dueText: "by Friday", from: ["T1"] }],
        }),
      };
    return {
      content: JSON.stringify({
        decisions: [{ text: "Move the launch to May", cite: [2], quote: "move the launch to May" }],
        todos: [{ text: "Send the budget draft to finance", owner: "Ben", dueText: "by Friday", cite: [1], quote: "send the budget draft to finance" }],
      }),
    };
  });
  Object.assign(process.env, { MODEL_BASE_URL: server.url, MODEL_NAME: "fake", MODEL_API_KEY: "test" });
  resetEnvCache();
});
afterAll(async () => {
  for (const k of ["MODEL_BASE_URL", "MODEL_NAME", "MODEL_API_KEY"]) if (saved[k] === undefined) delete process.env[k];
  resetEnvCache();
  await server.close();
});

describe("jiyao write --engine llm", () => {
  it("analyzes with the model, then has it write the sections, keeping citations", async () => {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    expect(await run(["minutes-en", meeting, "--engine", "llm", "--json"])).toBe(0);
    vi.restoreAllMocks();
    const d = DraftSchema.parse(JSON.parse(out));
    expect(d.engine).toBe("llm");
    expect(d.sections.find((s) => s.id === "decisions")!.items).toEqual([{ text: "The launch moves to May.", source: "standup.txt", citations: [2] }]);
    expect(d.sections.find((s) => s.id === "attendees")!.items.map((i) => i.text)).toEqual(["Ana", "Ben"]);
    const draftReq = server.requests.find((r) => messageText(r.body.messages.find((m) => m.role === "system")!).includes("office documents from meeting notes"))!;
    expect(messageText(draftReq.body.messages.at(-1)!)).toContain("todo [1] Send the budget draft to finance | owner: Ben");
  });
});
