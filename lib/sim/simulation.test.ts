import { describe, it, expect } from 'vitest';
import { createSimulation, type Run } from './simulation';

type CounterParams = { start: number; end: number };
type Counter = { value: number };

// A counter from `start` that stops at `end`.
const counter = ({ start, end }: CounterParams): Run<Counter> => ({
  state: { value: start },
  tick: (s) => (s.value >= end ? s : { value: s.value + 1 }),
});

describe('createSimulation', () => {
  it('advances one tick per step and n ticks per step(n)', () => {
    const sim = createSimulation(counter, { start: 0, end: 100 });
    sim.step();
    expect(sim.getState().value).toBe(1);
    sim.step(5);
    expect(sim.getState().value).toBe(6);
  });

  it('stops at the end of the run', () => {
    const sim = createSimulation(counter, { start: 0, end: 3 });
    sim.step(10);
    expect(sim.getState().value).toBe(3);
  });

  it('tells listeners once per step(n) with the new and previous state, and not when nothing changed', () => {
    const sim = createSimulation(counter, { start: 0, end: 4 });
    const calls: [number, number][] = [];
    sim.subscribe((state, previous) => calls.push([state.value, previous.value]));
    sim.step(3);
    sim.step(3);
    sim.step(3);
    expect(calls).toEqual([
      [3, 0],
      [4, 3],
    ]);
  });

  it('stops telling a listener after it unsubscribes', () => {
    const sim = createSimulation(counter, { start: 0, end: 10 });
    let heard = 0;
    const unsubscribe = sim.subscribe(() => heard++);
    sim.step();
    unsubscribe();
    sim.step();
    expect(heard).toBe(1);
  });

  it('resets to a new run with the changed parameters merged over the old ones', () => {
    const sim = createSimulation(counter, { start: 5, end: 6 });
    sim.step(3);
    sim.reset({ end: 9 });
    expect(sim.getState().value).toBe(5);
    sim.step(10);
    expect(sim.getState().value).toBe(9);
  });

  it('applies updates from engine actions and notifies', () => {
    const sim = createSimulation(counter, { start: 0, end: 10 });
    const seen: number[] = [];
    sim.subscribe((s) => seen.push(s.value));
    sim.update((s) => ({ value: s.value + 100 }));
    expect(sim.getState().value).toBe(100);
    expect(seen).toEqual([100]);
  });

  it('does nothing on step for an engine without a clock', () => {
    const sim = createSimulation(() => ({ state: { value: 1 } }), {});
    const before = sim.getState();
    sim.step(5);
    expect(sim.getState()).toBe(before);
  });
});
