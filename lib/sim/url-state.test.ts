import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultParams, paramProblem, simulatorIds, simulatorParams, type ParamSpec } from './params';
import { parseQuery, toQuery } from './url-state';

describe('parseQuery', () => {
  it('gives the defaults and no notice for an empty query', () => {
    for (const sim of simulatorIds) expect(parseQuery(sim, '')).toEqual({ params: defaultParams(sim), notices: [] });
  });

  it('reads values in range as they are', () => {
    const { params, notices } = parseQuery('consistent-hashing', '?nodes=5&vnodes=20&keys=500&replicas=3&seed=7');
    expect(params).toEqual({ nodes: 5, vnodes: 20, keys: 500, replicas: 3, seed: 7 });
    expect(notices).toEqual([]);
  });

  it('clamps out-of-range values and says so', () => {
    const { params, notices } = parseQuery('consistent-hashing', 'nodes=5000&replicas=0');
    expect(params.nodes).toBe(1000);
    expect(params.replicas).toBe(1);
    expect(notices).toEqual([
      'nodes=5000 is above the maximum 1000; using 1000.',
      'replicas=0 is below the minimum 1; using 1.',
    ]);
  });

  it('ignores unknown names, non-numbers, bad options and repeats, with a notice each', () => {
    const { params, notices } = parseQuery('token-bucket', 'foo=1&capacity=abc&arrival=storm&clients=2&clients=9&capacity=');
    expect(params).toEqual({ ...defaultParams('token-bucket'), clients: 2 });
    expect(notices).toHaveLength(5);
    expect(notices[0]).toMatch(/unknown parameter "foo"/);
    expect(notices[1]).toMatch(/capacity=abc is not a number/);
    expect(notices[2]).toMatch(/arrival=storm is not one of constant, poisson, bursts, window-edge/);
    expect(notices[3]).toMatch(/"clients" is given more than once/);
  });

  it('rounds whole-number parameters', () => {
    const { params, notices } = parseQuery('fan-out', 'users=1234.6');
    expect(params.users).toBe(1235);
    expect(notices).toEqual(['users=1234.6 must be a whole number; using 1235.']);
  });

  it('always returns parameters every spec accepts, whatever the query', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...simulatorIds),
        fc.array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom('nodes', 'capacity', 'users', 'arrival', 'seed')), fc.string())),
        (sim, pairs) => {
          const query = new URLSearchParams(pairs).toString();
          const { params } = parseQuery(sim, query);
          const specs = simulatorParams[sim] as Record<string, ParamSpec>;
          for (const [name, spec] of Object.entries(specs)) {
            expect(paramProblem(spec, (params as Record<string, unknown>)[name])).toBeNull();
          }
        },
      ),
    );
  });
});

describe('toQuery', () => {
  it('round-trips any valid parameters', () => {
    const params = { ...defaultParams('token-bucket'), capacity: 40, refillPerSecond: 2, arrival: 'bursts' as const };
    const query = toQuery('token-bucket', params);
    expect(query).toContain('capacity=40&refillPerSecond=2&arrival=bursts');
    expect(parseQuery('token-bucket', query)).toEqual({ params, notices: [] });
  });
});
