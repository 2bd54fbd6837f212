/**
 * Flat XML events from htmlparser2's Tokenizer: open tag (with attributes, and whether it closed
 * itself), close tag and text, with entities decoded as XML. htmlparser2's Parser would add an
 * element stack that it searches on every end tag and grows with unshift, which made 100,000
 * nested or unmatched tags take seconds to minutes; the Tokenizer alone keeps no stack, so the cost
 * is one pass however the markup is nested and the caller keeps only the state it needs.
 */
import { Tokenizer } from "htmlparser2";

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const NONE: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Calls the handlers in document order; comments, CDATA, declarations and processing instructions
 * are skipped. Attributes are read only for the tag names in `attrsOf` (others get none): Word puts
 * revision ids (w:rsidR, w14:paraId…) on most elements, and no caller needs them.
 */
export function scanXml(xml: string, attrsOf: ReadonlySet<string>, h: XmlHandlers): void {
  let tag = "";
  let attrs = NONE;
  let wanted = false;
  let attrName = "";
  let attrValue = "";
  const skip = () => {};
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = xml.slice(start, end);
        wanted = attrsOf.has(tag);
        attrs = wanted ? {} : NONE;
      },
      onattribname(start, end) {
        if (!wanted) return;
        attrName = xml.slice(start, end);
        attrValue = "";
      },
      onattribdata(start, end) {
        if (wanted) attrValue += xml.slice(start, end);
      },
      onattribentity(cp) {
        if (wanted) attrValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (wanted && !Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue;
      },
      onopentagend() {
        h.open(tag, attrs, false);
      },
      onselfclosingtag() {
        h.open(tag, attrs, true);
      },
      onclosetag(start, end) {
        h.close(xml.slice(start, end));
      },
      ontext(start, end) {
        h.text(xml.slice(start, end));
      },
      ontextentity(cp) {
        h.text(String.fromCodePoint(cp));
      },
      oncdata: skip,
      oncomment: skip,
      ondeclaration: skip,
      onprocessinginstruction: skip,
      onend: skip,
    },
  );
  tokenizer.write(xml);
  tokenizer.end();
}
