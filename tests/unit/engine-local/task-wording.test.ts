import { describe, expect, it } from "vitest";
import { taskPhraseEn } from "@/lib/engine/local/commitments/task";

describe("to-do wording keeps what the deadline words belong to", () => {
  it("a date word used as a possessive stays with its event", () => {
    expect(taskPhraseEn("Everyone, please log your estimates in Jira before tomorrow's standup.", "tomorrow")).toBe("Log your estimates in Jira before tomorrow's standup");
    expect(taskPhraseEn("I'll have the slides ready for Thursday's call.", "Thursday")).toBe("Have the slides ready for Thursday's call");
  });
  it("a plain deadline is cut with its preposition", () => {
    expect(taskPhraseEn("I'll send the contract by Friday.", "Friday")).toBe("Send the contract");
  });
});
