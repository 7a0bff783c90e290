import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import type { Page } from '@/lib/content/load';
import { remarkDiagrams, remarkHeadingIds } from '@/lib/content/remark-diagrams';
import { mdxComponents } from './mdx-components';

/** Compiles a page body at build time into React elements with the registered vocabulary. */
export async function MdxBody({ page }: { page: Page }) {
  const { default: Content } = await evaluate(page.body, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkDiagrams, remarkHeadingIds],
    development: false,
  });
  return <Content components={mdxComponents(page)} />;
}
