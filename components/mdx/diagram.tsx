import { DiagramSvg } from './diagram-svg';

/**
 * A rendered Mermaid diagram. The SVG itself is not part of the React tree: the export step
 * (scripts/postbuild.ts) writes it into the HTML, so it is in the page once and not again in the
 * RSC payload; DiagramSvg fetches it when a page is reached by client-side navigation.
 */
export function Diagram({
  hash,
  title,
  description,
  source,
  inSheet = false,
}: {
  hash: string;
  title: string;
  description: string;
  source: string;
  /** The figure the printed cheat sheet shows (components/page/cheat-sheet.tsx). */
  inSheet?: boolean;
}) {
  return (
    <figure className="diagram" data-sheet-diagram={inSheet || undefined}>
      <DiagramSvg hash={hash} />
      <figcaption>
        {title && <strong>{title}. </strong>}
        {description}
      </figcaption>
      <details className="diagram-source" data-pagefind-ignore="all">
        <summary>Mermaid source</summary>
        <pre>
          <code>{source}</code>
        </pre>
      </details>
    </figure>
  );
}
