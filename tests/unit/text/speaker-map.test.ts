import { describe, expect, it } from "vitest";
import { EMPTY_SPEAKER_MAP, linkSpeaker, renameSpeaker, shownName, speakerGroups, speakerRenamer } from "@/lib/text/speaker-map";

const labels = ["说话人1", "说话人2", "说话人10"];

describe("speaker map", () => {
  it("renames a label for the whole meeting and rewrites generated text, not longer labels", () => {
    const m = renameSpeaker(EMPTY_SPEAKER_MAP, labels, "说话人1", "张伟");
    expect(shownName(m, "说话人1")).toBe("张伟");
    expect(shownName(m, "说话人10")).toBe("说话人10");
    expect(speakerRenamer(m)("说话人1建议推迟发布，说话人10同意。")).toBe("张伟建议推迟发布，说话人10同意。");
  });

  it("merges two speakers by giving them one name, and follows earlier names", () => {
    let m = renameSpeaker(EMPTY_SPEAKER_MAP, labels, "说话人1", "张伟");
    m = renameSpeaker(m, labels, "说话人2", "张伟");
    expect(speakerGroups(m, labels)).toEqual([
      { name: "张伟", labels: ["说话人1", "说话人2"], userId: null },
      { name: "说话人10", labels: ["说话人10"], userId: null },
    ]);
    // Minutes regenerated under "张伟" follow a later rename too.
    m = renameSpeaker(m, labels, "张伟", "张伟伟");
    expect(speakerRenamer(m)("张伟 will send it; 说话人2 agreed")).toBe("张伟伟 will send it; 张伟伟 agreed");
    // Applying the map to text that already has the new name changes nothing.
    expect(speakerRenamer(m)("张伟伟 will send it")).toBe("张伟伟 will send it");
  });

  it("keeps a member link with the speaker through a rename, and unlinks", () => {
    let m = linkSpeaker(EMPTY_SPEAKER_MAP, "说话人1", "user-1");
    m = renameSpeaker(m, labels, "说话人1", "张伟");
    expect(m.links).toEqual({ 张伟: "user-1" });
    expect(speakerGroups(m, labels)[0]).toEqual({ name: "张伟", labels: ["说话人1"], userId: "user-1" });
    expect(linkSpeaker(m, "张伟", null).links).toEqual({});
  });

  it("renaming back to the recorded label removes the entry", () => {
    const m = renameSpeaker(renameSpeaker(EMPTY_SPEAKER_MAP, labels, "说话人1", "Ann"), labels, "Ann", "说话人1");
    expect(m.names).toEqual({});
  });
});
