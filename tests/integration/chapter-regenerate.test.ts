import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument } = await import("@/lib/actions/documents");
const { regenerate } = await import("@/lib/actions/artifacts");
const { processQueued } = await import("../support/process-queued");
const { regenerateArtifact } = await import("@/lib/pipelines/analyze-document");
const { getArtifact } = await import("@/lib/db/artifacts");
const { stopBoss } = await import("@/lib/jobs/boss");

// Two clearly separate subjects, long enough (~3,000 words) for the engine to make two chapters.
const MARKETING = [
  "agency fees",
  "video ads",
  "search ads",
  "spring campaign",
  "marketing budget",
  "brand awareness",
  "influencer contracts",
  "social media posts",
  "billboard placement",
  "print flyers",
  "customer survey",
  "launch event",
];
const ENGINEERING = [
  "database migration",
  "payment service",
  "schema changes",
  "replication lag",
  "rollback testing",
  "index rebuild",
  "connection pool",
  "backup restore",
  "query latency",
  "failover drill",
  "disk usage",
  "read replicas",
];
const turns = (terms: string[], speakers: [string, string], say: (t: string, a: string, b: string) => string) =>
  Array.from({ length: 6 }, (_, r) => terms.map((t, i) => `${speakers[i % 2]}: ${say(t, terms[(i + 3 + r) % 12], terms[(i + 5 + r) % 12])}`)).flat();
const TRANSCRIPT = [
  ...turns(MARKETING, ["Alice", "Carol"], (t, a, b) => `For the marketing plan we should look at ${t} because the ${a} costs went up last quarter and the ${b} results were weak.`),
  ...turns(ENGINEERING, ["Bob", "Dave"], (t, a, b) => `On the engineering side the ${t} needs attention since ${a} and ${b} failed in staging twice.`),
].join("\n");

let user: Awaited<ReturnType<typeof makeUser>>;
let docId: string;

beforeAll(async () => {
  user = await makeUser("chapters");
  await signInAs(user);
  const up = await uploadDocument(fileForm(user.personalWorkspaceId, "two-subjects.txt", TRANSCRIPT));
  if (!up.ok) throw new Error(up.error.message);
  docId = up.data.id;
  await processQueued(docId);
});
afterAll(() => stopBoss());

describe("regenerate one chapter", () => {
  it("adds a minutes version where only that chapter changed, citing lines inside it", async () => {
    const v1 = await getArtifact(user.personalWorkspaceId, docId, "minutes");
    expect(v1!.content.topics.length).toBeGreaterThanOrEqual(2);
    const target = v1!.content.topics.length - 1;

    const res = await regenerate({ workspaceId: user.personalWorkspaceId, documentId: docId, kind: "minutes", engine: "local", topicIndex: target });
    expect(res).toMatchObject({ ok: true });
    // The job itself, as the worker would run it.
    await regenerateArtifact({ workspaceId: user.personalWorkspaceId, documentId: docId, kind: "minutes", engine: "local", userId: user.id, topicIndex: target });

    const v2 = await getArtifact(user.personalWorkspaceId, docId, "minutes");
    expect(v2!.version).toBe(v1!.version + 1);
    const before = v1!.content.topics;
    const after = v2!.content.topics;
    expect(after).toHaveLength(before.length);
    expect(after.slice(0, target)).toEqual(before.slice(0, target));
    expect(after[target]).toMatchObject({ title: before[target].title, segmentStart: before[target].segmentStart, segmentEnd: before[target].segmentEnd, verified: true });
    expect(after[target].citations.length).toBeGreaterThan(0);
    for (const c of after[target].citations) {
      expect(c).toBeGreaterThanOrEqual(before[target].segmentStart);
      expect(c).toBeLessThanOrEqual(before[target].segmentEnd);
    }
    expect(v2!.content.summary).toEqual(v1!.content.summary);
    // Version 1 is still there, unchanged.
    expect((await getArtifact(user.personalWorkspaceId, docId, "minutes", v1!.version))!.content).toEqual(v1!.content);
  });

  it("refuses chapters on slides and a chapter that does not exist", async () => {
    expect(await regenerate({ workspaceId: user.personalWorkspaceId, documentId: docId, kind: "slides", engine: "local", topicIndex: 0 })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT" },
    });
    await expect(
      regenerateArtifact({ workspaceId: user.personalWorkspaceId, documentId: docId, kind: "minutes", engine: "local", userId: user.id, topicIndex: 999 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
