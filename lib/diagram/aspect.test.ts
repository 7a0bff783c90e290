import { describe, expect, it } from 'vitest';
import { svgAspect } from './aspect';

describe('svgAspect', () => {
  it('is the viewBox width over its height', () => {
    expect(svgAspect('<svg id="d1" width="100%" viewBox="0 0 1204 678" role="img"><g/></svg>')).toBeCloseTo(1204 / 678);
    expect(svgAspect('<svg viewBox="-8, -8, 300, 150"></svg>')).toBe(2);
  });

  it('is undefined without a usable viewBox', () => {
    expect(svgAspect('<svg width="10" height="10"></svg>')).toBeUndefined();
    expect(svgAspect('<svg viewBox="0 0 100 0"></svg>')).toBeUndefined();
    expect(svgAspect('<svg viewBox="0 0 abc 10"></svg>')).toBeUndefined();
  });
});
