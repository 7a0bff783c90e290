/**
 * Remark steps for page bodies: ```mermaid fences become <Diagram> elements (rendered SVGs are
 * looked up by the same hash the renderer used), and headings get the ids the build checked.
 */
import type { Code, Heading, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { accessibleText, diagramHash } from './markdown';

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

export function remarkDiagrams() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const { title, description } = accessibleText(node.value);
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [
          attr('hash', diagramHash(node.value)),
          attr('title', title ?? ''),
          attr('description', description ?? ''),
          attr('source', node.value),
        ],
        children: [],
      };
      parent.children[index] = element;
    });
  };
}

export function remarkHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'heading', (node: Heading) => {
      const text = toString(node).trim();
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: slugger.slug(text) } };
    });
  };
}
