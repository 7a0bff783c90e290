import Link from 'next/link';
import type { ComponentProps } from 'react';
import { getLibrary } from '@/lib/content/load';
import { internalTarget } from '@/lib/content/links';

/**
 * Links in page bodies. Site links go through next/link (so they carry the base path) with the
 * trailing slash the export uses; a link to a page not written yet is shown as plain text.
 */
export function ContentLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  const target = internalTarget(href);
  if (!target) return <a href={href} {...rest}>{children}</a>;
  if (target.kind === 'other') return <Link href={href} {...rest}>{children}</Link>;
  const lib = getLibrary();
  const pages = target.kind === 'design' ? lib.designs : lib.concepts;
  if (!pages.some((p) => p.slug === target.slug)) {
    return <span title="This page is not written yet">{children}</span>;
  }
  return <Link href={`/${target.kind}s/${target.slug}/${target.hash}`} {...rest}>{children}</Link>;
}
