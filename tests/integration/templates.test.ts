import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";
import { messageText, startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai-server";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const tpl = await import("@/lib/db/meeting-templates");
const { templatedMinutes } = await import("@/lib/pipelines/minutes-template");
const { loadParsedDoc } = await import("@/lib/pipelines/load-doc");
const { loadMinutesExport } = await import("@/lib/db/exports");
const { minutesToMarkdown } = await import("@/lib/export");
const { MinutesContentSchema } = await import("@/lib/db/artifacts");

const LINES: [string, string][] = [
  ["面试官", "你好，先做个自我介绍吧？"],
  ["王芳", "我叫王芳，之前在电商公司做了三年后端开发，主导过订单系统的重构。"],
  ["面试官", "你对 Kubernetes 熟悉吗？"],
  ["王芳", "说实话不太熟，生产环境没有做过。"],
  ["面试官", "期望薪资是多少？"],
  ["王芳", "希望在三十万左右。"],
];

const analysis = {
  engine: "local" as const,
  model: null,
  lang: "zh" as const,
  summary: [{ text: "王芳介绍了后端经历。", citations: [1], verified: true }],
  topics: [],
  decisions: [],
  todos: [],
  outline: { title: "", slides: [] },
  coverage: { chunksTotal: 1, chunksOk: 1, failed: [] },
};

let ws: string, docId: string, server: FakeOpenAI;
beforeAll(async () => {
  ws = await makeWorkspace(await makeUser("tpl"));
  const doc = await db().document.create({
    data: {
      workspaceId: ws,
      fileName: "面试.txt",
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: randomUUID(),
      title: "面试",
      kind: "meeting",
      lang: "zh",
      speakers: ["面试官", "王芳"],
      status: "ready",
    },
  });
  docId = doc.id;
  await db().segment.createMany({ data: LINES.map(([speaker, text], index) => ({ workspaceId: ws, documentId: docId, index, speaker, text, headingPath: [] })) });
  server = await startFakeOpenAI(() => ({
    content: JSON.stringify({
      sections: [
        {
          key: "candidate",
          items: [
            { text: "王芳，三年后端经验", citations: [1] },
            { text: "编造的内容", citations: [99] },
          ],
        },
        { key: "strengths", items: [] },
      ],
    }),
  }));
});
afterAll(() => server.close());

describe("meeting templates", () => {
  it("detects the interview and fills its sections offline; the markdown export shows them", async () => {
    const { doc } = await loadParsedDoc(ws, docId);
    const minutes = await templatedMinutes(ws, docId, doc, analysis, { name: "local" });
    expect(minutes.template).toMatchObject({ id: "interview", detected: true, engine: "local" });
    expect(minutes.template!.sections.find((s) => s.key === "concerns")!.items.map((i) => i.citations[0])).toEqual([3]);
    expect(minutes.template!.sections.find((s) => s.key === "recommendation")!.notDiscussed).toBe(true);
    await db().artifact.create({ data: { workspaceId: ws, documentId: docId, kind: "minutes", version: 1, engine: "local", content: MinutesContentSchema.parse(minutes) } });
    const md = minutesToMarkdown((await loadMinutesExport(ws, docId))!.input);
    expect(md).toContain("## 面试");
    expect(md).toContain("### 顾虑");
    expect(md).toContain("“说实话不太熟，生产环境没有做过。” — 王芳");
    expect(md).toContain("会上未讨论。");
  });

  it("uses the chosen template, and with a model sends its instructions and keeps only real citations", async () => {
    await tpl.setDocumentTemplate(ws, docId, "interview");
    const { doc } = await loadParsedDoc(ws, docId);
    const minutes = await templatedMinutes(ws, docId, doc, analysis, { name: "llm", llmConfig: { baseURL: server.url, modelName: "fake", retryBaseDelayMs: 1 } });
    expect(minutes.template).toMatchObject({ id: "interview", detected: false, engine: "llm" });
    const [candidate, strengths] = minutes.template!.sections;
    expect(candidate.items).toEqual([{ text: "王芳，三年后端经验", citations: [1], verified: true }]);
    expect(strengths.notDiscussed).toBe(true);
    const sent = server.requests.at(-1)!.body.messages.map(messageText).join("\n");
    expect(sent).toContain("Hiring notes");
    expect(sent).toContain("<transcript>");
  });

  it("lets a workspace add its own template, refuses duplicates and built-in names, and deleting one resets its meetings", async () => {
    const row = await tpl.createCustomTemplate(ws, { name: "技术评审", instructions: "侧重风险", sections: [{ title: "部署风险", instructions: "生产环境的风险" }] });
    await expect(tpl.createCustomTemplate(ws, { name: "技术评审", instructions: "", sections: [{ title: "x", instructions: "" }] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(tpl.createCustomTemplate(ws, { name: "interview", instructions: "", sections: [{ title: "x", instructions: "" }] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await tpl.setDocumentTemplate(ws, docId, row.id);
    const { doc } = await loadParsedDoc(ws, docId);
    const minutes = await templatedMinutes(ws, docId, doc, analysis, { name: "local" });
    expect(minutes.template).toMatchObject({ id: row.id, name: "技术评审", detected: false });
    // "生产环境" is a word of the section's instructions: the line that says it lands there.
    expect(minutes.template!.sections[0].items.map((i) => i.citations[0])).toContain(3);
    const other = await makeWorkspace(await makeUser("tpl-other"));
    await expect(tpl.setDocumentTemplate(other, docId, row.id)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await tpl.deleteCustomTemplate(ws, row.id);
    expect(await tpl.documentTemplateId(ws, docId)).toBeNull();
  });
});
