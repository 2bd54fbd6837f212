/** Following a live meeting while it runs: rolling minutes, the server-sent event stream, and recency questions. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTeam, signInAs, type TestUser } from "../support/db";
import { batch, line, makeLiveMeeting, postLive, setUpLiveMeetingTests } from "../support/live";
import { askThrough } from "../support/ask-route";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpLiveMeetingTests();

const { refreshRollingMinutes } = await import("@/lib/actions/live");
const { getLiveState } = await import("@/lib/db/live");
const { stopBoss } = await import("@/lib/jobs/boss");
const segmentsRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/segments/route");
const endRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/end/route");
const eventsRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/events/route");
const askRoute = await import("@/app/api/w/[workspaceId]/ask/route");

let owner: TestUser, member: TestUser, viewer: TestUser, stranger: TestUser;
let ws: string;
beforeAll(async () => {
  ({ owner, member, viewer, stranger, ws } = await makeTeam());
});
afterAll(() => stopBoss());

describe("rolling minutes", () => {
  it("are made on demand with citations, and viewers may not trigger them", async () => {
    const a = await makeLiveMeeting(ws, owner.id, [
      line("Ann", "We reviewed the onboarding funnel and the drop at step two.", 0),
      line("Bo", "We decided to remove the phone number field from sign-up.", 8),
      line("Cy", "I will ship the change by Thursday.", 16),
    ]);
    await signInAs(viewer);
    expect(await refreshRollingMinutes({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(member);
    expect(await refreshRollingMinutes({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: true });
    const state = await getLiveState(ws, a.id);
    expect(state?.rollingUpTo).toBe(3);
    expect(state?.rolling?.minutes.summary.length).toBeGreaterThan(0);
    expect(state?.rolling?.minutes.summary.every((p) => p.citations.every((c) => c >= 0 && c <= 2))).toBe(true);
    expect(state?.rolling?.minutes.decisions.map((d) => d.text).join(" ")).toMatch(/phone number/);
  });
});

describe("server-sent events", () => {
  it("streams lines posted after the stream opened, then the status when the meeting ends", async () => {
    const a = await makeLiveMeeting(ws, owner.id, [line("Ann", "Already here.", 0)]);
    await signInAs(viewer);
    const ctrl = new AbortController();
    const res = (await eventsRoute.GET(new Request(`http://test/api/w/${ws}/live/${a.id}/events?after=0`, { signal: ctrl.signal }), {
      params: Promise.resolve({ workspaceId: ws, documentId: a.id }),
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return text;
    };
    await readUntil(/event: state/);
    expect(text).not.toContain("Already here.");
    await postLive(segmentsRoute, ws, a.id, batch(line("Bo", "Fresh line over SSE.", 5)), a.key);
    await readUntil(/Fresh line over SSE/);
    expect(text).toMatch(/id: 1\nevent: lines\ndata: \{"lines":\[\{"index":1,"speaker":"Bo"/);
    await postLive(endRoute, ws, a.id, {}, a.key);
    await readUntil(/"status":"parsed"/);
    ctrl.abort();
    await reader.cancel().catch(() => {});
  });

  it("is refused to outsiders and for documents that are not live meetings", async () => {
    const a = await makeLiveMeeting(ws, owner.id);
    await signInAs(stranger);
    const res = (await eventsRoute.GET(new Request(`http://test/x`), { params: Promise.resolve({ workspaceId: ws, documentId: a.id }) })) as Response;
    expect(res.status).toBe(404);
    await signInAs(null);
    const anon = (await eventsRoute.GET(new Request(`http://test/x`), { params: Promise.resolve({ workspaceId: ws, documentId: a.id }) })) as Response;
    expect(anon.status).toBe(401);
  });
});

describe("asking while it runs", () => {
  const ask = (docId: string, question: string) => askThrough(askRoute.POST)(ws, { question, documentId: docId });

  it("answers 刚刚说了什么 from the newest lines with citations, and says when a window was silent", async () => {
    const lines = [
      line("Ann", "Let us start with the budget for the spring campaign.", 0),
      line("Bo", "The agency quoted forty thousand dollars.", 60),
      line("Ann", "That is too much for video ads.", 120),
      line("Cy", "We should move the money to search ads instead.", 600),
      line("Bo", "Agreed, search ads it is.", 630),
    ];
    const a = await makeLiveMeeting(ws, owner.id, lines);
    await signInAs(viewer);
    const recent = await ask(a.id, "刚刚说了什么");
    expect(recent.citations).toEqual([3, 4]);
    expect(recent.text).toMatch(/search ads/);
    expect(recent.text).not.toMatch(/forty thousand/);
    const ten = await ask(a.id, "what did I miss in the last 9 minutes?");
    expect(ten.citations).toContain(2);
    expect(ten.citations).not.toContain(0);
    const lastTwo = await ask(a.id, "最后2句");
    expect(lastTwo.citations).toEqual([3, 4]);
    // Not a recency question: the normal answer path over the whole meeting.
    const normal = await ask(a.id, "What did the agency quote?");
    expect(normal.text).toMatch(/forty thousand/);
  });
});
