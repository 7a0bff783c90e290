import Link from 'next/link';
import type { ReactNode } from 'react';
import type { SimulatorId } from '@/lib/sim/params';

/** What each simulator models and what to try: the short text of its page and index card. */
export const simulatorExplanations: Record<SimulatorId, { summary: string; concept: string; body: ReactNode }> = {
  'consistent-hashing': {
    summary: 'Keys on a hash ring of nodes with virtual nodes: how evenly they spread, and how many move when a node joins or leaves.',
    concept: 'consistent-hashing',
    body: (
      <>
        <p>
          Each physical node places <em>virtual nodes</em> (tokens) on a 32-bit ring at MurmurHash3 of <code>node-i#v</code>; a key
          belongs to the first token clockwise from MurmurHash3 of its name, and its replicas to the next distinct nodes
          clockwise. The same seed always draws the same ring.
        </p>
        <p>
          Try: add a node and compare the keys that moved with the ideal K/N and with <code>hash mod N</code>, which moves
          most keys. Then lower the virtual nodes to 1 and watch the spread of keys per node (the standard deviation) grow. See{' '}
          <Link href="/concepts/consistent-hashing/">consistent hashing</Link> and <Link href="/concepts/virtual-nodes/">virtual nodes</Link>.
        </p>
      </>
    ),
  },
  'token-bucket': {
    summary: 'A token bucket per client against constant, Poisson, bursty and window-edge traffic, beside the fixed-window, sliding-log and sliding-counter limiters.',
    concept: 'token-bucket',
    body: (
      <>
        <p>
          Every client has a bucket that holds up to <em>capacity</em> tokens and refills at a steady rate; a request spends one
          token or is rejected with HTTP 429. The same arrivals also go through a fixed-window counter, a sliding-window log and a
          sliding-window counter, each allowing <em>capacity</em> requests per window, so the four can be compared on one run.
        </p>
        <p>
          Try: choose <em>window-edge</em> arrivals and see the fixed window let through twice its limit within seconds, while the
          sliding log holds the line at the cost of one stored timestamp per request. See{' '}
          <Link href="/concepts/token-bucket/">token bucket</Link>, <Link href="/concepts/fixed-window-counter/">fixed window counter</Link> and{' '}
          <Link href="/concepts/sliding-window-log/">sliding window log</Link>.
        </p>
      </>
    ),
  },
  'fan-out': {
    summary: 'A day of posts and feed reads over a Zipf follower graph: write and read cost of push, pull and hybrid fan-out, and the celebrity problem.',
    concept: 'fan-out-push-pull-hybrid',
    body: (
      <>
        <p>
          Follower counts follow Zipf&rsquo;s law (a few users have most followers). Users post and read all day; push writes each
          post into every follower&rsquo;s feed cache, pull assembles a feed at read time from every followee, and hybrid pushes
          except for authors above the celebrity threshold, whose posts are pulled.
        </p>
        <p>
          Try: set the strategy to push and find the heaviest post; then raise the Zipf exponent and watch one post cost hundreds of
          thousands of writes, and lower the celebrity threshold to see hybrid trade those writes for a few extra fetches per read.
          See <Link href="/concepts/fan-out-push-pull-hybrid/">fan-out: push, pull and hybrid</Link>.
        </p>
      </>
    ),
  },
};
