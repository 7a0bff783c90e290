/**
 * A design page's cheat sheet, ready to render: its contents fitted to one page around the
 * main architecture diagram (whose hash marks the figure that print shows in the sheet).
 */
import type { DesignPage } from '../content/load';
import { renderedAspect } from '../diagram/aspect';
import { mainDiagram, sheetContent } from './content';
import { fitSheet, type FittedSheet } from './fit';

export type DesignSheet = FittedSheet & { diagramHash?: string };

export function designSheet(
  page: Pick<DesignPage, 'body' | 'estimates' | 'headings' | 'diagrams'> & { meta: Pick<DesignPage['meta'], 'summary'> },
  conceptTitles: string[],
  aspectOf: (hash: string) => number | undefined = renderedAspect,
): DesignSheet {
  const diagram = mainDiagram(page);
  const full = sheetContent({ body: page.body, estimates: page.estimates, concepts: conceptTitles });
  const fitted = fitSheet(full, {
    summary: page.meta.summary,
    caption: diagram ? `${diagram.title ?? ''}. ${diagram.description ?? ''}` : '',
    diagramAspect: diagram ? aspectOf(diagram.hash) : undefined,
  });
  return { ...fitted, diagramHash: diagram?.hash };
}
