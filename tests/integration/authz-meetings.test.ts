/**
 * The authorization matrix of meetings beyond text files (issue 13): every action of the glossary,
 * live-meeting, speaker and template modules and the live-meeting routes, as every principal. The main
 * matrix (authz-matrix.test.ts) leaves these files to this one (FEATURE_MATRICES in authz-fixtures).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actionModules, documentRow, FEATURE_MATRICES, isTokenRoute, PRINCIPALS, routeFiles, seedFixtures, type Fixtures } from "../support/authz-fixtures";
import { describeActions, describeRoutes, loadActions, loadRoutes, tableActions, type ActionCase, type RouteCase } from "../support/authz-run";
import { line, makeLiveMeeting, setUpLiveMeetingTests } from "../support/live";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpLiveMeetingTests();

const { db } = await import("@/lib/db/client");
const { stopBoss } = await import("@/lib/jobs/boss");
const { createGlossaryTerm } = await import("@/lib/db/glossary");
const { renameDocumentSpeaker } = await import("@/lib/db/speakers");
/** A meeting of its own with two recorded speakers, so each speaker change starts from version 0. */
async function speakerDoc(ws: string): Promise<string> {
  const id = await documentRow(ws, "ready");
  await db().document.update({ where: { id }, data: { speakers: ["Ann", "Bob"] } });
  return id;
}
const { createCustomTemplate } = await import("@/lib/db/meeting-templates");
const templateRow = async (ws: string) =>
  (await createCustomTemplate(ws, { name: `M-${crypto.randomUUID()}`, instructions: "", sections: [{ title: "Risks", instructions: "" }] })).id;
/**
 * Each template choice queues a regeneration; the documents are deleted when this file ends, so those
 * jobs end at once wherever a later file's worker picks them up instead of each analysing a document.
 */
const templateDocs: string[] = [];
const templateDoc = async (ws: string) => {
  const id = await documentRow(ws, "ready");
  templateDocs.push(id);
  return id;
};
const glossaryTermRow = async (ws: string) => (await createGlossaryTerm(ws, `G-${crypto.randomUUID()}`, ["gee"])).id;
const live = { running: "", ended: "", toEnd: [] as string[] };

const ACTIONS: Record<string, ActionCase> = {
  "glossary.createGlossaryTerm": { min: "member", input: (f) => ({ workspaceId: f.ws, term: `T-${crypto.randomUUID()}`, variants: "tee, tea" }) },
  "glossary.updateGlossaryTerm": {
    min: "member",
    input: async (f) => ({ workspaceId: f.ws, termId: await glossaryTermRow(f.ws), term: `U-${crypto.randomUUID()}`, variants: ["you"] }),
  },
  "glossary.deleteGlossaryTerm": { min: "member", input: async (f) => ({ workspaceId: f.ws, termId: await glossaryTermRow(f.ws) }) },
  "live.startLiveMeeting": { min: "member", input: (f) => ({ workspaceId: f.ws, title: "Live sync", lang: "en" }) },
  // Ending uses the meeting up, so each call ends one of its own.
  "live.endLiveMeeting": {
    min: "member",
    input: async (f) => ({ workspaceId: f.ws, documentId: (await makeLiveMeeting(f.ws, f.users.owner.id, [line("Ann", "We ship on Friday.", 0)])).id }),
  },
  "live.refreshRollingMinutes": { min: "member", input: (f) => ({ workspaceId: f.ws, documentId: live.running }) },
  "speakers.renameSpeaker": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await speakerDoc(f.ws), baseVersion: 0, from: "Ann", to: "Anna" }) },
  "speakers.mergeSpeakers": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await speakerDoc(f.ws), baseVersion: 0, from: "Bob", into: "Ann" }) },
  "speakers.linkSpeaker": {
    min: "member",
    input: async (f) => ({ workspaceId: f.ws, documentId: await speakerDoc(f.ws), baseVersion: 0, name: "Ann", userId: f.users.member.id }),
  },
  "speakers.undoSpeakerChange": {
    min: "member",
    input: async (f) => {
      const documentId = await speakerDoc(f.ws);
      await renameDocumentSpeaker(f.ws, documentId, 0, "Ann", "Anna", null);
      return { workspaceId: f.ws, documentId, baseVersion: 1 };
    },
  },
  "templates.setMeetingTemplate": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await templateDoc(f.ws), templateId: "interview" }) },
  "templates.createTemplate": { min: "admin", input: (f) => ({ workspaceId: f.ws, name: `T-${crypto.randomUUID()}`, instructions: "", sections: "Risks: what could slip" }) },
  "templates.updateTemplate": {
    min: "admin",
    input: async (f) => ({ workspaceId: f.ws, templateId: await templateRow(f.ws), name: `U-${crypto.randomUUID()}`, instructions: "", sections: "Risks" }),
  },
  "templates.deleteTemplate": { min: "admin", input: async (f) => ({ workspaceId: f.ws, templateId: await templateRow(f.ws) }) },
};

const ROUTES: Record<string, RouteCase> = {
  // Without an ingest key the session decides (the key's own matrix is in live-meetings-ingest.test.ts).
  "POST /api/w/[workspaceId]/live/[documentId]/segments": {
    min: "member",
    call: (f) => ({
      path: `/api/w/${f.ws}/live/${live.running}/segments`,
      init: {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ segments: [{ speaker: "Ann", text: `line ${crypto.randomUUID()}`, startMs: 1000, endMs: 2000 }] }),
      },
      params: { workspaceId: f.ws, documentId: live.running },
    }),
  },
  "POST /api/w/[workspaceId]/live/[documentId]/end": {
    min: "member",
    call: (f) => {
      const documentId = live.toEnd.pop()!;
      return {
        path: `/api/w/${f.ws}/live/${documentId}/end`,
        init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
        params: { workspaceId: f.ws, documentId },
      };
    },
  },
  // An ended, analyzed meeting: the stream sends its state and closes, so the response can be read whole.
  "GET /api/w/[workspaceId]/live/[documentId]/events": {
    min: "viewer",
    call: (f) => ({ path: `/api/w/${f.ws}/live/${live.ended}/events`, params: { workspaceId: f.ws, documentId: live.ended } }),
  },
};

const covered = FEATURE_MATRICES.meetings;
const actions = await loadActions(actionModules().filter(covered));
const routes = await loadRoutes(routeFiles().filter((file) => !isTokenRoute(file) && covered(file)));

let f: Fixtures;
beforeAll(async () => {
  f = await seedFixtures();
  const said = [line("Ann", "We decided to ship on Friday.", 0), line("Bo", "I will write the release notes by Thursday.", 6)];
  live.running = (await makeLiveMeeting(f.ws, f.users.owner.id, said)).id;
  for (let i = 0; i < PRINCIPALS.length; i++) live.toEnd.push((await makeLiveMeeting(f.ws, f.users.owner.id, said)).id);
  const ended = await makeLiveMeeting(f.ws, f.users.owner.id, said);
  const { endLiveMeetingAndAnalyze } = await import("@/lib/jobs/live");
  const { processQueued } = await import("../support/process-queued");
  await endLiveMeetingAndAnalyze(f.ws, ended.id);
  await processQueued(ended.id);
  live.ended = ended.id;
}, 120_000);
afterAll(async () => {
  await db().document.deleteMany({ where: { id: { in: templateDocs } } });
  await stopBoss();
});

describe("the meetings matrix covers its files", () => {
  it("lists every server action of the glossary, live, speaker and template modules, and nothing else", () => {
    expect([...actions.keys()].sort()).toEqual(tableActions(ACTIONS));
  });
  it("lists every live-meeting route handler method, and nothing else", () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

describeActions(ACTIONS, actions, () => f);
describeRoutes(ROUTES, routes, () => f);
