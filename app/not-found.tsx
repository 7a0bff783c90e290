import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        There is no page at this address. Try the <Link href="/designs/">designs</Link> or the{' '}
        <Link href="/concepts/">concepts</Link>.
      </p>
    </div>
  );
}
