import type { Segment } from "@/lib/ingest/types";

/** Language of the exported file: decides section headings, labels and the East-Asian language tag. */
export type ExportLang = "zh" | "en" | "mixed";

export interface MinutesSummaryPoint {
  text: string;
  citations: number[];
  verified: boolean;
  /** A person changed (or added) the item; the export says so. */
  edited?: boolean;
}

export interface MinutesTopic {
  title: string;
  summary: string;
  startMs?: number;
  citations: number[];
  verified: boolean;
  /** A person changed (or added) the item; the export says so. */
  edited?: boolean;
}

export interface MinutesDecision {
  text: string;
  citations: number[];
  verified: boolean;
  /** A person changed (or added) the item; the export says so. */
  edited?: boolean;
}

export type TodoStatus = "open" | "done" | "dropped";

export interface MinutesTodo {
  text: string;
  owner: string | null;
  due: string | null;
  status: TodoStatus;
  citations: number[];
  verified: boolean;
  /** A person changed (or added) the item; the export says so. */
  edited?: boolean;
}

/** The segment fields needed to label a citation; the text itself is not exported. */
export type CitedSegment = Pick<Segment, "index" | "speaker" | "startMs" | "page">;

export interface MinutesInput {
  title: string;
  meetingDate?: string | null;
  lang: ExportLang;
  summary: MinutesSummaryPoint[];
  topics: MinutesTopic[];
  decisions: MinutesDecision[];
  todos: MinutesTodo[];
  /** To label citations: segment index → speaker and time (or page). */
  segments: CitedSegment[];
  /** The meeting type's sections (interview: candidate, strengths…), when the minutes have them. */
  template?: MinutesTemplate;
}

export interface MinutesTemplateItem {
  text: string;
  citations: number[];
  verified: boolean;
  /** A verbatim transcript line: exported in quotation marks with its speaker. */
  quote?: boolean;
  speaker?: string;
}

export interface MinutesTemplate {
  name: string;
  sections: { title: string; items: MinutesTemplateItem[]; notDiscussed: boolean }[];
}

export interface DeckSlide {
  title: string;
  bullets: string[];
}

export interface DeckInput {
  title: string;
  lang: ExportLang;
  slides: DeckSlide[];
  subtitle?: string;
}
