/** A reworded summary point shows the verbatim quote it rests on as the quote; an unchanged one does not. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MinutesView } from "@/components/minutes-view";
import type { MinutesContent } from "@/lib/db/artifacts";
import { en } from "@/lib/i18n/messages/en";
import type { Messages } from "@/lib/i18n/server";

const minutes = (summary: MinutesContent["summary"]): MinutesContent => ({
  lang: "zh",
  summary,
  topics: [],
  decisions: [],
  coverage: { chunksTotal: 1, chunksOk: 1, failed: [] },
});
const render = (c: MinutesContent, quotes?: boolean) => renderToStaticMarkup(createElement(MinutesView, { minutes: c, m: en as unknown as Messages, cite: () => null, quotes }));

describe("summary point quotes", () => {
  const reworded = { text: "李娜建议椅子选人体工学的款式。", citations: [1], verified: true, evidence: ["嗯，我建议椅子就选人体工学的那个款式，"] };
  it("shows the verbatim evidence under engine wording", () => {
    const html = render(minutes([reworded]));
    expect(html).toContain('data-testid="said"');
    expect(html).toContain("嗯，我建议椅子就选人体工学的那个款式，");
    expect(html).toContain("李娜建议椅子选人体工学的款式。");
  });
  it("shows no quote when the text is the quote", () => {
    const html = render(minutes([{ text: "椅子选人体工学的款式。", citations: [1], verified: true, evidence: ["椅子选人体工学的款式，"] }]));
    expect(html).not.toContain('data-testid="said"');
  });
  it("hides quotes where the transcript is not shown", () => {
    expect(render(minutes([reworded]), false)).not.toContain('data-testid="said"');
  });
});
