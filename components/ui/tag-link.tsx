import Link from 'next/link';
import { Badge } from './badge';

/** A tag badge that leads to the list of designs and concepts with that tag. */
export function TagLink({ tag }: { tag: string }) {
  return (
    <Link href={`/tags/${tag}/`} className="no-underline" aria-label={`Tag: ${tag}`}>
      <Badge>#{tag}</Badge>
    </Link>
  );
}
