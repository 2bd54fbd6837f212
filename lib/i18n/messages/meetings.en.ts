/** English text of the meeting tools: glossary, speakers, templates, mentions, follow-ups. */
export const meetingsEn = {
  nav: { glossary: "Glossary", mentions: "Mentions" },
  glossary: {
    title: "Glossary",
    intro: "Terms your meetings use and the ways they get misheard or mistyped (混元 ← 浑元, 会员; DeFi ← define). Transcripts show the term (hover to see what was recorded), search finds every spelling, and analysis reads the corrected text. The stored transcript is never changed.",
    readOnly: "Only members and above can change the glossary.",
    term: "Term",
    variants: "Misheard or mistyped as",
    variantsHint: "Separate with commas, 、 or new lines.",
    add: "Add term",
    save: "Save",
    edit: "Edit",
    cancel: "Cancel",
    remove: "Remove",
    confirmRemove: "Remove “{term}” from the glossary?",
    empty: "No terms yet.",
    count: "{n} {n|term|terms}",
    showOriginal: "Show what was recorded",
    corrected: "Glossary: recorded as “{original}”",
    correctedCount: "{n} {n|word|words} corrected by the glossary",
  },
};
