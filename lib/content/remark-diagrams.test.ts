import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkDiagrams, remarkHeadingIds } from './remark-diagrams';
import { diagramHash, scanBody } from './markdown';

const source = 'flowchart LR\n  accTitle: Flow\n  accDescr: A calls B.\n  a["A (x)"] --> b';
const mdx = `## High-level architecture\n\n\`\`\`mermaid\n${source}\n\`\`\`\n\n## Trade-offs and alternatives\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n`;

describe('remark steps', async () => {
  const js = String(await compile(mdx, { remarkPlugins: [remarkDiagrams, remarkHeadingIds] }));

  it('turns mermaid fences into Diagram elements keyed by the renderer hash', () => {
    expect(js).toContain('Diagram');
    expect(js).toContain(`hash: "${diagramHash(source)}"`);
    expect(js).toContain('description: "A calls B."');
    expect(js).toContain('title: "Flow"');
    expect(js).not.toContain('language-mermaid');
  });

  it('leaves other code blocks alone', () => {
    expect(js).toContain('language-js');
  });

  it('gives headings the ids the build checks quiz sections against', () => {
    const ids = scanBody(mdx).headings.map((h) => h.id);
    for (const id of ids) expect(js).toContain(`id: "${id}"`);
  });
});
