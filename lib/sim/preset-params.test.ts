import { describe, expect, it } from 'vitest';
import { simulatorParams } from './params';
import { presetFromEstimates, presetParamFromEstimate, presetParams } from './preset-params';

const keys = simulatorParams['consistent-hashing'].keys;
const refill = simulatorParams['token-bucket'].refillPerSecond;

describe('presetParamFromEstimate', () => {
  it('scales the estimate and rounds it for whole-number parameters', () => {
    expect(presetParamFromEstimate('keys', keys, 6e9, 1e-5)).toEqual({ value: 60000 });
    expect(presetParamFromEstimate('keys', keys, 1234.6)).toEqual({ value: 1235 });
    expect(presetParamFromEstimate('refillPerSecond', refill, 100 / 60)).toEqual({ value: 100 / 60 });
  });

  it('fits a value outside the range and says so, for the build and for the reader', () => {
    const high = presetParamFromEstimate('keys', keys, 12e9, 1e-3);
    expect(high.value).toBe(1_000_000);
    expect(high.problem).toBe('must be between 1 and 1000000 (got 12000000)');
    expect(high.notice).toBe("Keys would be 12,000,000, outside the simulator's range of 1 to 1,000,000; it runs with 1,000,000.");
    expect(presetParamFromEstimate('keys', keys, 0).value).toBe(1);
  });

  it('falls back to the default when the estimate is not a number', () => {
    const bad = presetParamFromEstimate('keys', keys, NaN);
    expect(bad.value).toBe(keys.default);
    expect(bad.notice).toMatch(/no usable keys/);
  });
});

describe('presetParams', () => {
  it('fills what a preset leaves out with defaults', () => {
    const { params } = presetParams('consistent-hashing', { nodes: { value: 8 } });
    expect(params).toMatchObject({ nodes: 8, vnodes: simulatorParams['consistent-hashing'].vnodes.default });
  });
});

describe('presetFromEstimates', () => {
  const preset = {
    id: 'shards',
    sim: 'consistent-hashing' as const,
    params: { nodes: { value: 8 }, keys: { value: 60000, estimate: 'totalUrls', scale: 1e-5 }, replicas: { value: 3, estimate: 'copies' } },
  };

  it('takes estimate-named parameters from the values, and the rest from the preset', () => {
    const live = presetFromEstimates(preset, { totalUrls: 12e9, copies: 2 });
    expect(live.params).toMatchObject({ nodes: 8, keys: 120000, replicas: 2 });
    expect(live.text).toEqual({ nodes: '8 nodes', keys: '120,000 keys', replicas: '2 copies' });
    expect(live.notices).toEqual([]);
    expect(live.query).toContain('keys=120000');
  });

  it('fits values the simulator cannot run and says why', () => {
    const live = presetFromEstimates(preset, { totalUrls: 6e12, copies: 9 });
    expect(live.params).toMatchObject({ keys: 1_000_000, replicas: 7 });
    expect(live.notices).toHaveLength(2);
    expect(live.notices[0]).toMatch(/^Keys would be 60,000,000, outside the simulator's range/);
  });
});
