import { evaluate } from '@mdx-js/mdx';
import type { ComponentProps, ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import type { Page } from '@/lib/content/load';
import { remarkDiagrams, remarkHeadingIds } from '@/lib/content/remark-diagrams';
import { remarkSections } from '@/lib/content/remark-sections';
import { mdxComponents } from './mdx-components';

/**
 * Compiles a page body at build time into React elements with the registered vocabulary.
 * `sectioned` renders it as the mock interview's model answer: each h2 section a disclosure
 * (data-model-section) to reveal one by one, headings one level down under the page's own.
 * `sheetDiagram` marks the figure that a design's printed cheat sheet shows.
 */
export async function MdxBody({ page, sectioned = false, sheetDiagram }: { page: Page; sectioned?: boolean; sheetDiagram?: string }) {
  const { default: Content } = await evaluate(page.body, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkDiagrams, remarkHeadingIds, ...(sectioned ? [remarkSections] : [])],
    development: false,
  });
  const components = mdxComponents(page, { sheetDiagram });
  if (!sectioned) return <Content components={components} />;
  return (
    <Content
      components={{
        ...components,
        ModelSection,
        h3: (props: ComponentProps<"h3">) => <h4 {...props} />,
      }}
    />
  );
}

function ModelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="model-section" data-model-section>
      <summary>
        <h3>{title}</h3>
      </summary>
      <div className="model-section-body">{children}</div>
    </details>
  );
}
