import { describe, expect, it } from 'vitest';
import { mergeThemes, ThemeMergeError } from './merge-themes';

const svg = (fg: string, bg: string) =>
  `<svg id="d1" viewBox="0 0 10 10"><style>#d1 .node rect{fill:${bg};stroke:${fg}}</style><rect fill="${bg}" x="1"/><text style="color:${fg}">a</text><path stroke="#000000"/></svg>`;

describe('mergeThemes', () => {
  const merged = mergeThemes(svg('#111111', '#eeeeee'), svg('#dddddd', 'rgba(1, 2, 3, 0.5)'), 'd1');

  it('replaces colors that differ between themes with variables defined for both', () => {
    expect(merged).toContain('#d1{--dc0:#eeeeee;--dc1:#111111}');
    expect(merged).toContain(':root.dark #d1{--dc0:rgba(1, 2, 3, 0.5);--dc1:#dddddd}');
    expect(merged).toContain('fill:var(--dc0);stroke:var(--dc1)');
  });

  it('keeps colors both themes share as they are', () => {
    expect(merged).toContain('<path stroke="#000000"/>');
  });

  it('moves variables out of presentation attributes, where var() does not work', () => {
    expect(merged).toContain('<rect x="1" style="fill:var(--dc0)"/>');
    expect(merged).not.toMatch(/fill="var/);
  });

  it('refuses renders whose layout differs', () => {
    expect(() => mergeThemes(svg('#111', '#eee'), svg('#111', '#eee').replace('x="1"', 'x="2"'), 'd1')).toThrow(ThemeMergeError);
  });
});
