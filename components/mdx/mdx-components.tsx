import type { ComponentProps } from 'react';
import type { Page } from '@/lib/content/load';
import { Callout } from './callout';
import { ContentLink } from './content-link';
import { Diagram } from './diagram';
import { EstimatesTable } from './estimates-table';
import { EstimatesSection } from '@/components/estimates/estimates-section';
import { calculatorInputs } from '@/components/estimates/calculator-inputs';

/** The whole MDX vocabulary (lib/content/load.ts lists the same names for the build check).
 * `sheetDiagram` is the hash of the diagram the printed cheat sheet shows. */
export function mdxComponents(page: Page, { sheetDiagram }: { sheetDiagram?: string } = {}) {
  return {
    a: ContentLink,
    Callout,
    Diagram: (props: ComponentProps<typeof Diagram>) => <Diagram {...props} inSheet={props.hash === sheetDiagram} />,
    // Design pages get the calculator; concept pages keep the static table.
    Estimates: () =>
      page.kind === 'design' ? (
        <EstimatesSection page={page.slug} {...calculatorInputs(page)}>
          <EstimatesTable estimates={page.estimates} />
        </EstimatesSection>
      ) : (
        <EstimatesTable estimates={page.estimates} />
      ),
    h2: (props: ComponentProps<'h2'>) => <AnchoredHeading as="h2" {...props} />,
    h3: (props: ComponentProps<'h3'>) => <AnchoredHeading as="h3" {...props} />,
    table: (props: ComponentProps<'table'>) => (
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
        <table {...props} />
      </div>
    ),
  };
}

function AnchoredHeading({ as: Tag, id, children, ...rest }: ComponentProps<'h2'> & { as: 'h2' | 'h3' }) {
  return (
    <Tag id={id} {...rest}>
      {children}
      {id && (
        <a href={`#${id}`} className="heading-anchor" aria-label="Link to this section" data-pagefind-ignore="all">
          #
        </a>
      )}
    </Tag>
  );
}
