export { buildDraft, draftLanguage, type DraftInput } from "./build";
export { draftToMarkdown } from "./markdown";
export { DRAFT_TEMPLATES, findTemplate } from "./templates";
export { customDraftTemplate } from "./custom";
