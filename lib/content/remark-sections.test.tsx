import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { remarkSections } from './remark-sections';

const mdx = 'Intro text.\n\n## Requirements\n\n### Functional\n\n- A `code`\n\n## API\n\nPOST /x\n';

describe('remarkSections', () => {
  it('wraps each h2 section, and the text before the first, in a titled ModelSection', async () => {
    const { default: Content } = await evaluate(mdx, { ...runtime, remarkPlugins: [remarkSections] });
    const ModelSection = ({ title, children }: { title: string; children: ReactNode }) => (
      <section data-title={title}>{children}</section>
    );
    const html = renderToStaticMarkup(<Content components={{ ModelSection }} />).replace(/\n/g, '');
    expect(html).toBe(
      '<section data-title="Overview"><p>Intro text.</p></section>' +
        '<section data-title="Requirements"><h3>Functional</h3><ul><li>A <code>code</code></li></ul></section>' +
        '<section data-title="API"><p>POST /x</p></section>',
    );
  });
});
