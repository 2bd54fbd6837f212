import { describe, expect, it } from "vitest";
import { acceptList } from "@/lib/engine/local/proofread";
import { editDistance } from "@/lib/engine/local/proofread/spelling";
import { check, fix } from "./helpers";

describe("English spelling (Hunspell dictionaries)", () => {
  it("corrects misspellings with the most likely word", () => {
    expect(fix("We will recieve the report tomorow.")).toBe("We will receive the report tomorrow.");
    expect(fix("I will let you know wich option we choose.")).toBe("I will let you know which option we choose.");
    expect(fix("We need to adress this first.")).toBe("We need to address this first.");
    expect(fix("Teh new office opens soon.")).toBe("The new office opens soon.");
    expect(fix("The policy applies untill further notice.")).toBe("The policy applies until further notice.");
    const [s] = check("It was definately late.");
    expect(s).toMatchObject({ kind: "spelling", original: "definately", replacement: "definitely" });
  });

  it("accepts US and UK spellings, contractions and everyday words", () => {
    expect(check("The colour and color of the organisation's logo were analysed.")).toEqual([]);
    expect(check("We're gonna ship it, okay? Don't worry.")).toEqual([]);
    expect(check("The backend roadmap and onboarding plan are ready.")).toEqual([]);
  });

  it("skips names, acronyms, CamelCase, code, URLs, e-mails, file names and words with digits", () => {
    expect(check("Priya and Zhang Wei met Dr. Okafor.")).toEqual([]);
    expect(check("Our KPI and OKR for Q3 use GitHub and JavaScript.")).toEqual([]);
    expect(check("Run `npm instal` or see https://example.com/recieve-docs or mail teh@exmaple.com.")).toEqual([]);
    expect(check("Open report_v2.docx and src/utlis/helpr.ts, then tag v2beta.")).toEqual([]);
  });

  it("accepts words made of known parts, but not one-edit typos of known words", () => {
    expect(check("Two attractors and three distractors sit in each subtree.")).toEqual([]);
    expect(fix("The talk was usefull and we commited to a consistant plan.")).toBe("The talk was useful and we committed to a consistent plan.");
  });

  it("leaves three-letter abbreviations alone but fixes swapped letters", () => {
    expect(check("Use arg max over att and sid values.")).toEqual([]);
    expect(fix("Send teh file.")).toBe("Send the file.");
  });

  it("uses the workspace accept-list", () => {
    expect(check("The Jiyao teh team.", { accept: acceptList(["teh"]) })).toEqual([]);
    expect(check("We use kubectl daily.")).toEqual([]);
    expect(check("We use frobnicatr daily.", { accept: acceptList(["Frobnicatr"]) })).toEqual([]);
  });

  it("does not flag Chinese text or words it has no correction for", () => {
    expect(check("我们用 Jira 跟踪进度。")).toEqual([]);
    expect(check("The xqzvwk value.")).toEqual([]);
  });

  it("weighs typing slips", () => {
    expect(editDistance("adress", "address")).toBeLessThan(editDistance("adress", "dress") + 1);
    expect(editDistance("teh", "the")).toBe(1);
    expect(editDistance("wich", "which")).toBeLessThan(editDistance("wich", "with"));
  });
});
