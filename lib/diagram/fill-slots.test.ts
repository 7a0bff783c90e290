import { describe, expect, it } from 'vitest';
import { fillDiagramSlots } from './fill-slots';

const a = 'aaaaaaaaaaaaaaaa';
const b = 'bbbbbbbbbbbbbbbb';
const slot = (h: string) => `<div class="diagram-svg" data-diagram="${h}"></div>`;

describe('fillDiagramSlots', () => {
  it('writes each SVG into its slot, once per page', () => {
    const html = `<p>x</p>${slot(a)}<p>y</p>${slot(a)}${slot(b)}`;
    const svgs: Record<string, string> = { [a]: '<svg id="da">A</svg>', [b]: '<svg id="db">B</svg>' };
    const result = fillDiagramSlots(html, (h) => svgs[h] ?? null);
    expect(result.filled).toBe(2);
    expect(result.missing).toEqual([]);
    expect(result.html.match(/<svg id="da">/g)).toHaveLength(1);
    expect(result.html).toContain(`<use href="#d${a}"/>`);
    expect(result.html).toContain('<svg id="db">B</svg>');
  });

  it('names diagrams that have no SVG and leaves their slot empty', () => {
    const result = fillDiagramSlots(slot(a), () => null);
    expect(result).toEqual({ html: slot(a), filled: 0, missing: [a] });
  });

  it('leaves filled slots alone, so running twice changes nothing', () => {
    const once = fillDiagramSlots(slot(a), () => '<svg/>').html;
    expect(fillDiagramSlots(once, () => '<svg/>')).toMatchObject({ html: once, filled: 0 });
  });
});
