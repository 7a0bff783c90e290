import type { ReactNode } from 'react';
import type { SheetContent } from '@/lib/cheat-sheet/content';

/**
 * A design's one-page cheat sheet: static HTML that only print shows (the default print of a
 * design page; "Print full page" prints the article instead). The architecture diagram is not
 * repeated here: print shows the article's own figure between the sheet's top and bottom parts
 * (app/globals.css), so its SVG stays in the page once. Hidden on screen and from search; no
 * ids or landmarks, so it adds nothing to the page's outline.
 */
export function CheatSheet({
  title,
  summary,
  facts,
  url,
  content,
}: {
  title: string;
  summary: string;
  facts: string[];
  url: string;
  content: SheetContent;
}) {
  const { functional, nonFunctional, numbers, deepDives, tradeOffs, followUps, concepts } = content;
  return (
    <div className="print-sheet" data-pagefind-ignore="all">
      <div className="sheet-head">
        <p className="sheet-title">{title}</p>
        <p className="sheet-summary">{summary}</p>
        <p className="sheet-meta">
          {facts.join(' · ')} · Cheat sheet; the full page, with the arithmetic, API, data model and deep dives:{' '}
          <a href={url}>{url}</a>
        </p>
      </div>
      <div className="sheet-top">
        <Block title="Functional requirements" shown={functional.length > 0}>
          <ul>{functional.map(item)}</ul>
        </Block>
        <Block title="Non-functional requirements" shown={nonFunctional.length > 0}>
          <ul>{nonFunctional.map(item)}</ul>
        </Block>
        <Block title="Key numbers" shown={numbers.length > 0}>
          <dl className="sheet-numbers">
            {numbers.map((n) => (
              <div key={n.id}>
                <dt>{n.label}</dt>
                <dd>{n.value}</dd>
              </div>
            ))}
          </dl>
        </Block>
      </div>
      <div className="sheet-bottom">
        <Block title="Trade-offs" shown={tradeOffs.rows.length > 0}>
          <table className="sheet-table">
            <thead>
              <tr>
                {tradeOffs.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tradeOffs.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Block>
        <div className="sheet-tail">
          <Block title="Deep dives" shown={deepDives.length > 0}>
            <ol>{deepDives.map(item)}</ol>
          </Block>
          <Block title="Follow-up questions" shown={followUps.length > 0}>
            <ul className="sheet-questions">{followUps.map(item)}</ul>
          </Block>
        </div>
        {concepts.length > 0 && (
          <p className="sheet-concepts">
            <strong>Concepts:</strong> {concepts.join(' · ')}
          </p>
        )}
      </div>
    </div>
  );
}

const item = (text: string, i: number) => <li key={i}>{text}</li>;

function Block({ title, shown, children }: { title: string; shown: boolean; children: ReactNode }) {
  if (!shown) return null;
  return (
    <div className="sheet-block">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
