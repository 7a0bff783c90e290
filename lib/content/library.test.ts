import { describe, expect, it } from 'vitest';
import { loadLibrary } from './load';

/** The designs the seeds answer in detail (canonical.json, bestQuality "detailed"): each must have a page. */
const detailedDesigns = `url-shortener twitter news-feed chat-messaging notification-system video-streaming ride-matching
proximity-service file-storage-sync distributed-file-system p2p-file-sharing web-crawler typeahead distributed-search-engine
rate-limiter circuit-breaker recommendation-system live-event-recommendation ad-server ecommerce real-time-auction
hotel-booking cdn global-load-balancer distributed-cache distributed-key-value-store consistent-hashing-ring
geo-distributed-database distributed-graph-database time-series-database write-ahead-log distributed-message-queue
distributed-log-storage analytics-event-queue async-task-queue distributed-transactions unique-id-generator
distributed-lock distributed-consensus leader-election distributed-configuration distributed-logging distributed-tracing
real-time-analytics`.split(/\s+/);

describe('the content library', () => {
  const { library, problems } = loadLibrary();

  it('passes every build-time check', () => {
    expect(problems).toEqual([]);
  });

  it('has a page for each of the 44 designs the seeds answer in detail', () => {
    expect(detailedDesigns).toHaveLength(44);
    const written = new Set(library.designs.map((d) => d.slug));
    expect(detailedDesigns.filter((s) => !written.has(s))).toEqual([]);
    const seedmapDetailed = library.seedmap.designs.filter((d) => d.bestQuality === 'detailed').map((d) => d.slug);
    expect([...seedmapDetailed].sort()).toEqual([...detailedDesigns].sort());
  });

  it('has a page for every one of the 93 concepts, in learning-path order: modules 1 to 11, then the rest', () => {
    expect(library.seedmap.concepts).toHaveLength(93);
    expect(new Set(library.concepts.map((c) => c.slug))).toEqual(new Set(library.seedmap.concepts.map((c) => c.slug)));
    const modules = library.concepts.map((c) => c.canonical.module);
    const order = [...new Set(modules)];
    expect(order.slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, i) => expect.stringMatching(new RegExp(`^Module ${i + 1}:`))));
    expect(order[11]).toMatch(/^Extra/);
    // Each module's concepts are contiguous: the path never returns to a module.
    expect(order).toHaveLength(12);
    expect(modules.filter((m, i) => i > 0 && m !== modules[i - 1])).toHaveLength(11);
  });

  it('links every design to at least two concept pages', () => {
    const concepts = new Map(library.concepts.map((c) => [c.slug, c]));
    for (const d of library.designs) {
      expect(d.meta.concepts.filter((c) => concepts.has(c)).length, d.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every design at least one simulator preset and six quiz items', () => {
    for (const d of library.designs) {
      expect(d.presets.length, d.slug).toBeGreaterThan(0);
      expect(d.quiz.length, d.slug).toBeGreaterThanOrEqual(6);
    }
  });
});
