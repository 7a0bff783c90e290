/**
 * Groups a page body into its h2 sections for the mock interview's model answer: each section
 * becomes a <ModelSection title="..."> element (the heading itself removed, its text kept as the
 * title), and text before the first h2 becomes an "Overview" section.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';

const section = (title: string, children: RootContent[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name: 'ModelSection',
  attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: title }],
  children: children as MdxJsxFlowElement['children'],
});

export function remarkSections() {
  return (tree: Root) => {
    const groups: MdxJsxFlowElement[] = [];
    let title = 'Overview';
    let current: RootContent[] = [];
    const close = () => {
      if (current.length) groups.push(section(title, current));
    };
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) {
        close();
        title = toString(node).trim();
        current = [];
      } else current.push(node);
    }
    close();
    tree.children = groups;
  };
}
