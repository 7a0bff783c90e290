import { describe, expect, it } from 'vitest';
import { defaultParams } from './params';
import { limitWork, requestsInRun, WORK_LIMITS } from './work-limit';

describe('limitWork', () => {
  it('leaves the defaults and the issue-sized runs alone', () => {
    expect(limitWork('consistent-hashing', { ...defaultParams('consistent-hashing'), nodes: 100, vnodes: 200, keys: 1_000_000 }).notices).toEqual([]);
    expect(limitWork('token-bucket', { ...defaultParams('token-bucket'), clients: 100, requestsPerSecond: 100, durationSeconds: 100 }).notices).toEqual([]);
    expect(limitWork('fan-out', { ...defaultParams('fan-out'), users: 1_000_000 }).notices).toEqual([]);
  });

  it('lowers virtual nodes to keep the ring within its token cap', () => {
    const { params, notices } = limitWork('consistent-hashing', { ...defaultParams('consistent-hashing'), nodes: 1000, vnodes: 1000 });
    expect(params.vnodes).toBe(200);
    expect(params.nodes * params.vnodes).toBeLessThanOrEqual(WORK_LIMITS.ringTokens);
    expect(notices[0]).toMatch(/using 200 virtual nodes/);
  });

  it('shortens a token-bucket run, or lowers its rate, to the request cap', () => {
    const long = limitWork('token-bucket', { ...defaultParams('token-bucket'), clients: 1000, requestsPerSecond: 100, durationSeconds: 600 });
    expect(long.params.durationSeconds).toBe(20);
    expect(requestsInRun(long.params)).toBeCloseTo(WORK_LIMITS.requests);
    const fast = limitWork('token-bucket', { ...defaultParams('token-bucket'), clients: 1000, requestsPerSecond: 1e6 });
    expect(fast.params.durationSeconds).toBe(1);
    expect(requestsInRun(fast.params)).toBeCloseTo(WORK_LIMITS.requests);
    const edge = limitWork('token-bucket', { ...defaultParams('token-bucket'), arrival: 'window-edge', clients: 1000, capacity: 1e6 });
    expect(requestsInRun(edge.params)).toBeLessThanOrEqual(WORK_LIMITS.requests);
    expect(edge.notices.length).toBeGreaterThan(0);
  });

  it('lowers the posting rate to the post cap', () => {
    const { params, notices } = limitWork('fan-out', { ...defaultParams('fan-out'), users: 1_000_000, postsPerUserPerDay: 100 });
    expect(params.users * params.postsPerUserPerDay).toBeCloseTo(WORK_LIMITS.posts);
    expect(notices).toHaveLength(1);
  });
});
