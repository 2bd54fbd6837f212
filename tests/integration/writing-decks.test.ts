/**
 * A deck from a written document (issue 11, PPT 生成): the writing becomes a library document that
 * the usual pipeline outlines, so its slides, PPTX export and citations are every document's.
 */
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase, signInAs } from "../support/db";
import { ok } from "../support/action-result";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { db } = await import("@/lib/db/client");
const { stopBoss } = await import("@/lib/jobs/boss");
const { processQueued } = await import("../support/process-queued");
const { getArtifact } = await import("@/lib/db/artifacts");
const actions = await import("@/lib/actions/writings");
const { GET: pptxRoute } = await import("@/app/w/[workspaceId]/d/[documentId]/export/slides.pptx/route");

type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, viewer: U;
let ws: string;

const h = (level: number, t: string) => ({ type: "heading", attrs: { level }, content: [{ type: "text", text: t }] });
const p = (...nodes: object[]) => ({ type: "paragraph", content: nodes });
const tx = (t: string) => ({ type: "text", text: t });

beforeAll(async () => {
  [owner, viewer] = await Promise.all(["owner", "viewer"].map((n) => makeUser(n)));
  ws = await makeWorkspace(owner, [[viewer, "viewer"]]);
});
afterAll(async () => {
  await stopBoss();
});

describe("a deck from a writing", () => {
  it("becomes a library document whose outline follows its sections, exported as PPTX; line markers are left out", async () => {
    await signInAs(owner);
    const content = {
      type: "doc",
      content: [
        h(1, "2027 marketing plan"),
        h(2, "Budget"),
        p(tx("We move forty percent of the budget from video ads to search ads."), tx(" "), {
          type: "text",
          text: "[#2]",
          marks: [{ type: "link", attrs: { href: `/w/${ws}/d/00000000-0000-0000-0000-000000000000#seg-2` } }],
        }),
        p(tx("Search ads brought three times more sign-ups per dollar last year.")),
        h(2, "Timeline"),
        p(tx("The new campaign starts in March and runs for two quarters.")),
        p(tx("Every month the team reviews the numbers and moves money where it works.")),
        h(2, "Risks"),
        p(tx("Search prices may rise in the spring, so we keep a reserve of ten percent.")),
      ],
    };
    const w = ok(await actions.createWriting({ workspaceId: ws, title: "2027 marketing plan", content: content as never }));
    const { documentId, existing } = ok(await actions.deckFromWriting({ workspaceId: ws, writingId: w.id }));
    expect(existing).toBe(false);
    const doc = await db().document.findUniqueOrThrow({ where: { id: documentId }, include: { original: true } });
    expect(doc.workspaceId).toBe(ws);
    expect(doc.fileName).toBe("2027 marketing plan.md");
    const markdown = Buffer.from(doc.original!.bytes).toString("utf8");
    expect(markdown).toContain("## Budget");
    expect(markdown).not.toContain("#2");

    await processQueued(documentId);
    const slides = await getArtifact(ws, documentId, "slides");
    expect(slides).not.toBeNull();
    const titles = slides!.content.outline.slides.map((s) => s.title).join(" | ");
    for (const t of ["Budget", "Timeline", "Risks"]) expect(titles).toContain(t);
    const segments = await db().segment.count({ where: { documentId } });
    for (const s of slides!.content.outline.slides) for (const c of s.citations) expect(c).toBeLessThan(segments);

    const res = await pptxRoute(new Request(`http://localhost/w/${ws}/d/${documentId}/export/slides.pptx`), { params: Promise.resolve({ workspaceId: ws, documentId }) });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
          .map((f) => zip.file(f)!.async("string")),
      )
    ).join("");
    expect(xml).toContain("Budget");

    // The same text again opens the same document instead of a second copy.
    expect(ok(await actions.deckFromWriting({ workspaceId: ws, writingId: w.id }))).toEqual({ documentId, existing: true });
  });

  it("refuses an almost empty writing, a viewer, and another workspace's writing", async () => {
    await signInAs(owner);
    const empty = ok(await actions.createWriting({ workspaceId: ws, title: "Empty" }));
    expect(await actions.deckFromWriting({ workspaceId: ws, writingId: empty.id })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    await signInAs(viewer);
    expect(await actions.deckFromWriting({ workspaceId: ws, writingId: empty.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const mine = await makeWorkspace(viewer);
    expect(await actions.deckFromWriting({ workspaceId: mine, writingId: empty.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
