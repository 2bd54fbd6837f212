import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { readQuestion } from "@/lib/engine/local/question";
import { namedSpeakers } from "@/lib/engine/local/question-speakers";
import { shortSpeaker } from "@/lib/engine/local/render";
import { turnsMeeting } from "./fixtures";
import { reportedSpeech } from "@/lib/text/reported";

describe("the participants a question names", () => {
  it("takes every name of the person out of the subject", () => {
    const named = namedSpeakers("What did Tracey Breheny respond to Sian Gwenllian about services?", ["Sian Gwenllian AM", "Tracey Breheny"]);
    expect(named.speakers).toEqual(["Sian Gwenllian AM", "Tracey Breheny"]);
    expect(named.body).not.toMatch(/Gwenllian|Breheny|Tracey|Sian/);
    expect(readQuestion("What did Kirsty Williams respond to university mergers?", ["Kirsty Williams AM"]).terms).not.toContain("william");
  });
  it("finds a person who holds two labels (with and without the riding)", () => {
    const labels = ["Hon. Navdeep Bains (MississaugaMalton, Lib.)", "Hon. Navdeep Bains", "Mr. Pat Kelly"];
    expect(namedSpeakers("What did Bains say about business loans?", labels).speakers).toEqual(labels.slice(0, 2));
    // The same words matched by both labels are taken out once: "about" stays whole.
    expect(readQuestion("What did Bains say about the debt?", labels).terms).toEqual(["debt"]);
  });
  it("reads a lower-case role and the role noun after it", () => {
    const ami = ["Project Manager", "Marketing", "User Interface", "Industrial Designer"];
    const q = readQuestion("What did the user interface designer recommend when discussing the product appearance?", ami);
    expect(q.speakers).toEqual(["User Interface"]);
    expect(q.terms).not.toContain("design");
    expect(readQuestion("What did the Industrial Design think about teamwork?", ami).terms).toEqual(["teamwork"]);
    // A name taken out leaves a clause: "learn" stays a verb, not a subject noun.
    expect(readQuestion("What did the marketing learn about the functions?", ami).topic).not.toContain("learn");
    expect(readQuestion("What did the professor think about MSG?", ["Professor D", "PhD A"]).speakers).toEqual(["Professor D"]);
  });
  it("does not take a common noun for a role", () => {
    const ami = ["Project Manager", "Marketing"];
    expect(readQuestion("What was the final evaluation of the project?", ami).speakers).toEqual([]);
    expect(readQuestion("What did the group say about the project budget?", ami).terms).toContain("project");
  });
  it("reads what is asked without the context clause", () => {
    expect(readQuestion("What did Marketing recommend when discussing the product appearance?", ["Marketing"]).ask).toBe("other");
    expect(readQuestion("When will the desks be ordered?", []).ask).toBe("when");
  });
});

describe("answers as minutes", () => {
  it("keeps a verb that a modal, to or did governs in its plain form", () => {
    expect(reportedSpeech("It doesn't have to be pretty.")).toBe("It didn't have to be pretty.");
    expect(reportedSpeech("I don't want to go, we need to have a meeting.")).toBe("They didn't want to go, they needed to have a meeting.");
    expect(reportedSpeech("You'd have to change the time.")).toBe("You'd have to change the time.");
    // Past in the source stays past.
    expect(reportedSpeech("I had to leave.")).toBe("They had to leave.");
  });
  it("reports a stance with its own verb, and keeps names capitalised", () => {
    const doc = turnsMeeting([
      ["Marketing", "I think the remote is too big for most hands."],
      ["Professor C", "Nancy said she's coming to the demo next week and Nancy will bring the slides."],
    ]);
    const a = answerLocal("What did Marketing think about the remote size?", doc).answer;
    expect(a).toContain("Marketing thought the remote was too big for most hands.");
    expect(a).not.toContain("said they thought");
    expect(answerLocal("Who is coming to the demo?", doc).answer).toContain("said Nancy said");
  });
  it("gives the speaker no stance that was someone else's ('they want' is legal's wish, not Raj's)", () => {
    const doc = turnsMeeting([
      ["Mei", "Last item, the vendor contract. Raj, you said legal sent it back?"],
      ["Raj", "Yes, they want the liability cap raised to two million."],
    ]);
    const a = answerLocal("What liability cap did legal ask for?", doc).answer;
    expect(a).toContain("Raj said they wanted the liability cap raised to two million.");
    expect(a).not.toContain("Raj wanted");
  });
  it("drops the address to the chair and post-nominal letters", () => {
    expect(shortSpeaker("Kirsty Williams AM")).toBe("Kirsty Williams");
    expect(shortSpeaker("Mr. Jagmeet Singh (Burnaby South, NDP)")).toBe("Mr. Jagmeet Singh");
    expect(shortSpeaker("AM")).toBe("AM");
    const doc = turnsMeeting([
      ["Mr. Pat Kelly", "What is the government doing about small business loans this spring?"],
      ["Hon. Bill Morneau", "Mr. Chair, we are extending the small business loans to every firm that lost revenue."],
    ]);
    const a = answerLocal("What did Morneau say about small business loans?", doc).answer;
    expect(a).toContain("Hon. Bill Morneau said they were extending the small business loans");
    expect(a).not.toContain("Chair");
  });
  it("cites the reply with a cited question, and never a greeting that answers nothing", () => {
    const doc = turnsMeeting([
      ["Hannah", "Hi everyone, thanks for joining."],
      ["Diego", "Where do we store the backup tapes for the archive?"],
      ["Mei", "They go to the vault in the basement every Friday."],
      ["Seun", "The vault key is with facilities."],
    ]);
    const r = answerLocal("Where are the backup tapes for the archive stored?", doc);
    expect(r.citations).toContain(1);
    expect(r.citations).toContain(2);
    expect(r.citations).not.toContain(0);
  });
  it("quotes what was said about a subject before a question raised about it", () => {
    const doc = turnsMeeting([
      ["Diego", "Should we move the printer to the second floor?"],
      ["Mei", "The printer on the second floor would be next to the kitchen, which everyone prefers."],
      ["Seun", "The printer on the second floor also needs a new network cable."],
      ["Hannah", "Lunch is at noon on Friday as usual."],
    ]);
    const r = answerLocal("What was said about the printer on the second floor?", doc);
    expect(r.answer).toContain("Mei said the printer on the second floor would be next to the kitchen");
    // The question raised is quoted as asked, never reworded as a statement.
    expect(r.answer).not.toContain("Diego said");
    // A who-question still reads the question and the reply that takes it on.
    const who = turnsMeeting([
      ["Hannah", "Who wants to update the runbook for the release?"],
      ["Seun", "I can do it this week."],
      ["Mei", "The release is on Thursday."],
    ]);
    expect(answerLocal("Who will update the runbook?", who).answer.split("\n")[0]).toBe("Seun.");
  });
});

describe("a step taken before committing", () => {
  it("leaves the point not decided", () => {
    const doc = turnsMeeting([
      ["Mei", "On the office move, the landlord wants an answer by the 15th."],
      ["Raj", "I'm not convinced we should move at all. The new place is twenty minutes further for most people."],
      ["Mei", "Fair. Let's run a quick survey before we commit. Raj, could you put it together?"],
      ["Raj", "I can, early next week."],
    ]);
    expect(answerLocal("What did we decide about the office move?", doc).answer).toMatch(/^About the office move: Not decided — /);
  });
});
