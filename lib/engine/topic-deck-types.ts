/**
 * A deck about a topic from several documents (issue 11, "make a deck about X from these
 * documents"): the lines retrieved about the topic go in, a slide outline comes out whose every
 * bullet cites lines of one document. Shared by the model module and the pipeline that stores it.
 */

/** One retrieved line: which document, its segment index there (the citation target), its text. */
export interface TopicLine {
  documentId: string;
  title: string;
  index: number;
  speaker?: string | null;
  text: string;
}

export interface TopicDeckBullet {
  text: string;
  documentId: string;
  /** Segment indexes in that document; checked by lib/engine/verify.ts against the lines sent. */
  citations: number[];
  /** The verbatim quote the bullet rests on (checked against the cited lines). */
  evidence: string[];
  verified: boolean;
}

export interface TopicDeckSlide {
  title: string;
  bullets: TopicDeckBullet[];
}

export type TopicDeck =
  | { found: false; sentLines: number }
  | {
      found: true;
      title: string;
      slides: TopicDeckSlide[];
      /** Bullets the model wrote whose citations did not check out: left out, never shown as sourced. */
      dropped: number;
      sentLines: number;
    };
