/**
 * Proofreading with the workspace's model in the writing assistant (issue 11): the text goes as
 * delimited data, long texts in paragraph groups (one call each), and each suggestion is kept only
 * where its quote is exactly in the original text, with its kind and reason; accepted words stay unflagged.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase, signInAs } from "../support/db";
import { messageText, startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai-server";
import { ok } from "../support/action-result";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;
process.env.MODEL_CHUNK_TOKENS = "400";

const { resetEnvCache } = await import("@/lib/env");
const { db } = await import("@/lib/db/client");
const { stopBoss } = await import("@/lib/jobs/boss");
const { updateSettings } = await import("@/lib/db/workspace-settings");
const actions = await import("@/lib/actions/writings");

type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, member: U;
let ws: string;
let fake: FakeOpenAI;

/** The model's answer for one piece: the errors it finds in the text it was sent. */
function reply(sent: string) {
  const out: unknown[] = [];
  if (sent.includes("做为")) out.push({ original: "做为", replacement: "作为", kind: "typo", reason: "“做为”应为“作为”", before: "我们" });
  if (sent.includes("recieve")) out.push({ original: "recieve", replacement: "receive", kind: "spelling", reason: "misspelled" });
  if (sent.includes("grafna")) out.push({ original: "grafna", replacement: "grafana", kind: "spelling", reason: "misspelled" });
  // Quotes not in the text, and a no-op, must be dropped.
  out.push({ original: "不存在的句子", replacement: "x", kind: "grammar", reason: "made up" });
  out.push({ original: "团队", replacement: "团队", kind: "style", reason: "no change" });
  return { content: JSON.stringify({ suggestions: out }) };
}

beforeAll(async () => {
  [owner, member] = await Promise.all(["owner", "member"].map((n) => makeUser(n)));
  ws = await makeWorkspace(owner, [[member, "member"]]);
  fake = await startFakeOpenAI((r) => reply(r.body.messages.map(messageText).join("\n")));
});
afterAll(async () => {
  await fake.close();
  await stopBoss();
});

describe("proofreading with the model", () => {
  it("says it needs a model when none is set", async () => {
    await signInAs(member);
    expect(await actions.proofreadText({ workspaceId: ws, text: "我们做为团队。", engine: "llm" })).toMatchObject({ ok: false, error: { code: "MODEL_NOT_CONFIGURED" } });
  });

  it("sends the text as delimited data in pieces and keeps only suggestions found exactly in it", async () => {
    await updateSettings(ws, owner.id, { model: { baseUrl: fake.url, name: "fake" } });
    resetEnvCache();
    await signInAs(member);
    const filler = "这是一个用来把文档撑长的普通段落，里面没有任何需要修改的错误，只是为了让文本超过一次调用的长度。".repeat(6);
    const text = [`我们做为团队，明天上线。`, filler, filler, "We will recieve the grafna dashboards on Monday."].join("\n\n");
    const { suggestions } = ok(await actions.proofreadText({ workspaceId: ws, text, engine: "llm" }));
    expect(fake.requests.length).toBeGreaterThan(1);
    for (const r of fake.requests) expect(r.body.messages.map(messageText).join("\n")).toMatch(/<text>\n[\s\S]*\n<\/text>/);
    expect(suggestions.map((s) => [s.original, s.replacement, s.kind])).toEqual([
      ["做为", "作为", "typo"],
      ["recieve", "receive", "spelling"],
      ["grafna", "grafana", "spelling"],
    ]);
    for (const s of suggestions) {
      expect(text.slice(s.start, s.end)).toBe(s.original);
      expect(s.reason.length).toBeGreaterThan(0);
    }
    const calls = await db().modelCall.count({ where: { workspaceId: ws, task: "transform" } });
    expect(calls).toBe(fake.requests.length);
  });

  it("leaves the workspace's accepted words alone", async () => {
    await signInAs(member);
    ok(await actions.addAcceptedWord({ workspaceId: ws, word: "grafna" }));
    const { suggestions } = ok(await actions.proofreadText({ workspaceId: ws, text: "We will recieve the grafna dashboards.", engine: "llm" }));
    expect(suggestions.map((s) => s.original)).toEqual(["recieve"]);
  });
});
