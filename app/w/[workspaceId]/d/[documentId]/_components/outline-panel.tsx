"use client";

import type { OutlineNode, OutlineTree } from "@/lib/engine/quiz-types";
import { CitationLinks, showSegments } from "./citation-link";

export interface OutlineLabels {
  heading: string;
  empty: string;
  exportMd: string;
  exportOpml: string;
  expandAll: string;
  collapseAll: string;
  jump: string;
}

/**
 * AI 大纲: the outline as nested, collapsible sections (parts → chapters → sections), each with its key
 * points and their cited lines. A node's title jumps to its first line; a citation highlights its line.
 */
export function OutlinePanel({ tree, labels, citeLabels, exportBase }: { tree: OutlineTree; labels: OutlineLabels; citeLabels: Record<number, string>; exportBase: string }) {
  const setAll = (open: boolean) => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>("[data-outline] details")) d.open = open;
  };
  return (
    <section aria-label={labels.heading} data-outline className="space-y-3 pt-4">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <button type="button" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-50" onClick={() => setAll(true)}>
          {labels.expandAll}
        </button>
        <button type="button" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-50" onClick={() => setAll(false)}>
          {labels.collapseAll}
        </button>
        <a className="ml-auto rounded border border-stone-300 px-2 py-1 hover:bg-stone-50" href={`${exportBase}/outline.md`} download>
          {labels.exportMd}
        </a>
        <a className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-50" href={`${exportBase}/outline.opml`} download>
          {labels.exportOpml}
        </a>
      </div>
      {tree.nodes.length ? (
        <ol className="space-y-1">
          {tree.nodes.map((n, i) => (
            <Node key={i} node={n} labels={labels} citeLabels={citeLabels} />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">{labels.empty}</p>
      )}
    </section>
  );
}

function Node({ node, labels, citeLabels }: { node: OutlineNode; labels: OutlineLabels; citeLabels: Record<number, string> }) {
  const first = node.citations[0];
  return (
    <li>
      <details open={node.level <= 2} className="group rounded">
        <summary className="cursor-pointer select-none rounded px-1 py-0.5 text-sm font-semibold text-stone-900 hover:bg-stone-50">
          <span>{node.title}</span>
          {first !== undefined ? (
            <button
              type="button"
              className="ml-2 rounded px-1 font-mono text-[11px] font-normal text-brand-700 hover:bg-brand-50"
              aria-label={`${labels.jump}: ${node.title}`}
              onClick={(e) => {
                e.preventDefault();
                showSegments([first]);
              }}
            >
              {citeLabels[first] ?? `#${first + 1}`}
            </button>
          ) : null}
        </summary>
        <div className="ml-4 border-l border-stone-200 pl-3">
          {node.points.length ? (
            <ul className="my-1 list-disc space-y-1 pl-4 text-sm text-stone-800">
              {node.points.map((p, k) => (
                <li key={k} data-outline-point>
                  {p.text}
                  <CitationLinks citations={p.citations} labels={citeLabels} />
                </li>
              ))}
            </ul>
          ) : null}
          {node.children.length ? (
            <ol className="space-y-1">
              {node.children.map((c, k) => (
                <Node key={k} node={c} labels={labels} citeLabels={citeLabels} />
              ))}
            </ol>
          ) : null}
        </div>
      </details>
    </li>
  );
}
