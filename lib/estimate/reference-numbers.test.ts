import { describe, expect, it } from 'vitest';
import { referenceNumber, referenceNumbers } from './reference-numbers';
import { formatQuantity, UNIT_PATTERN } from './units';

describe('reference numbers', () => {
  it('are unique, in base units, dated and sourced', () => {
    expect(new Set(referenceNumbers.map((r) => r.id)).size).toBe(referenceNumbers.length);
    for (const r of referenceNumbers) {
      expect(UNIT_PATTERN.test(r.unit), r.id).toBe(true);
      expect(r.value, r.id).toBeGreaterThan(0);
      expect(r.year, r.id).toBeGreaterThanOrEqual(2009);
      expect(r.source.url, r.id).toMatch(/^https:\/\//);
      expect(r.note.length, r.id).toBeGreaterThan(10);
    }
  });

  it('cover the latencies and component throughputs estimates start from', () => {
    for (const id of ['l1CacheReference', 'l2CacheReference', 'mutexLockUnlock', 'mainMemoryReference', 'ssdRandomRead', 'hddSeek', 'readMemory1MB', 'readSsd1MB', 'readHdd1MB', 'sameDatacenterRoundTrip', 'crossRegionRoundTrip', 'redisOpsPerSecond', 'postgresQueriesPerSecond', 'kafkaBrokerMessagesPerSecond', 'nginxRequestsPerSecondPerCore', 'cdnEdgeServerEgress'])
      expect(referenceNumber(id), id).toBeDefined();
  });

  it('read as the familiar figures', () => {
    const show = (id: string) => formatQuantity(referenceNumber(id)!.value, referenceNumber(id)!.unit);
    expect(show('l1CacheReference')).toBe('1 ns');
    expect(show('sameDatacenterRoundTrip')).toBe('500 µs');
    expect(show('crossRegionRoundTrip')).toBe('150 ms');
    expect(show('cdnEdgeServerEgress')).toBe('90 Gb/s');
  });
});
