import { describe, expect, it } from 'vitest';
import { simulatorIds, type SimulatorId } from '../sim/params';
import { parseQuery } from '../sim/url-state';
import { withinTolerance } from './answer';
import { hybridShareChoice, hybridShareChoices, predictGenerator, predictGenerators } from './predict';

const seeds = Array.from({ length: 8 }, (_, i) => 1000 + i * 7919);
const numbersIn = (text: string) => [...text.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

// The engines run for real (a fan-out day takes a few hundred ms), hence the longer timeouts.
describe('predict-then-run generators', { timeout: 30_000 }, () => {
  it('replay exactly from a seed and draw new parameters for other seeds', () => {
    for (const g of predictGenerators) {
      expect(g.generate(42)).toEqual(g.generate(42));
      const prompts = new Set(seeds.slice(0, 4).map((s) => g.generate(s).prompt));
      expect(prompts.size, g.id).toBeGreaterThan(1);
    }
  }, 30_000);

  it('link to the same run on the simulator page, with parameters the page reads back unchanged', () => {
    for (const g of predictGenerators) {
      const { rerun } = g.generate(5);
      const [path, query] = rerun.href.split('?');
      const sim = path.split('/')[2] as SimulatorId;
      expect(simulatorIds).toContain(sim);
      expect(parseQuery(sim, query).notices, g.id).toEqual([]);
    }
  });

  it('ring join: the simulated share is near 1/(N+1), so the ideal prediction counts as right', () => {
    const g = predictGenerator('ring-join-share')!;
    for (const seed of seeds) {
      const item = g.generate(seed);
      if (item.type !== 'numeric') throw new Error('numeric expected');
      const nodes = numbersIn(item.prompt)[0];
      expect(withinTolerance(1 / (nodes + 1), item.answerValue, item.tolerance), item.prompt).toBe(true);
      expect(item.outcome[0]).toContain('Keys moved');
    }
  });

  it('modulo join: about N/(N+1) of the keys move', () => {
    const g = predictGenerator('modulo-join-share')!;
    for (const seed of seeds) {
      const item = g.generate(seed);
      if (item.type !== 'numeric') throw new Error('numeric expected');
      const nodes = numbersIn(item.prompt)[1];
      expect(Math.abs(item.answerValue - nodes / (nodes + 1))).toBeLessThan(0.05);
      expect(withinTolerance(nodes / (nodes + 1), item.answerValue, item.tolerance)).toBe(true);
    }
  });

  it('token bucket: admits its capacity plus the refill over the run, and rejects the rest of 200', () => {
    const g = predictGenerator('bucket-admitted')!;
    for (const seed of seeds) {
      const item = g.generate(seed);
      if (item.type !== 'numeric') throw new Error('numeric expected');
      const [capacity, refill, requests, duration] = numbersIn(item.prompt);
      expect(requests).toBe(200);
      const bound = capacity + refill * duration;
      expect(item.answerValue).toBeLessThanOrEqual(bound + 1e-9);
      expect(item.answerValue).toBeGreaterThanOrEqual(bound - 2);
      expect(item.answerValue).toBeLessThan(200);
      expect(item.outcome[0]).toBe('Requests sent: 200');
    }
  });

  it('fixed window edge: twice the limit gets through in one window span', () => {
    const g = predictGenerator('fixed-window-edge')!;
    for (const seed of seeds) {
      const item = g.generate(seed);
      if (item.type !== 'numeric') throw new Error('numeric expected');
      const limit = numbersIn(item.prompt)[0];
      expect(item.answerValue).toBe(2 * limit);
      expect(item.outcome[1]).toContain(`Sliding log: ${limit}`);
    }
  });

  it('hybrid fan-out: the right choice is the bucket of the share the engine reports', () => {
    const g = predictGenerator('hybrid-write-share')!;
    for (const seed of seeds.slice(0, 3)) {
      const item = g.generate(seed);
      if (item.type !== 'mcq') throw new Error('mcq expected');
      const share = Number(/\(([\d.]+)% of push\)/.exec(item.outcome[1])![1]) / 100;
      expect(item.answer).toBe(hybridShareChoice(share));
      expect(item.choices).toEqual(hybridShareChoices);
    }
    expect([0, 0.24, 0.25, 0.5, 0.74, 0.75, 1].map(hybridShareChoice)).toEqual([0, 0, 1, 2, 2, 3, 3]);
  });
});
