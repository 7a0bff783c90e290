/**
 * Merges a diagram rendered twice, in a light and a dark palette, into one SVG whose colors are
 * CSS custom properties: the page switches themes without a second copy of the SVG.
 *
 * The two renders share their layout (same source, same fonts), so they differ only in color
 * literals. Anything else differing means the renders are not comparable, and we refuse.
 */

const COLOR = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g;

export class ThemeMergeError extends Error {}

export function mergeThemes(light: string, dark: string, id: string): string {
  const lightParts = light.split(COLOR);
  const darkParts = dark.split(COLOR);
  const lightColors = light.match(COLOR) ?? [];
  const darkColors = dark.match(COLOR) ?? [];
  if (lightParts.length !== darkParts.length || lightParts.some((p, i) => p !== darkParts[i])) {
    throw new ThemeMergeError(`the light and dark renders of diagram ${id} differ in more than colors`);
  }

  const vars = new Map<string, string>(); // "light|dark" -> variable name
  const out: string[] = [lightParts[0]];
  lightColors.forEach((lc, i) => {
    const dc = darkColors[i];
    let value = lc;
    if (lc !== dc) {
      const key = `${lc}|${dc}`;
      if (!vars.has(key)) vars.set(key, `--dc${vars.size}`);
      value = `var(${vars.get(key)})`;
    }
    out.push(value, lightParts[i + 1]);
  });
  let svg = out.join('');

  // var() is not allowed in presentation attributes: move such colors into style="".
  svg = svg.replace(/<([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g, (tag, name: string, attrs: string, selfClose: string) => {
    const moved: string[] = [];
    let rest = attrs.replace(/\s(fill|stroke|stop-color|flood-color|color)="(var\(--dc\d+\))"/g, (_m, prop, v) => {
      moved.push(`${prop}:${v}`);
      return '';
    });
    if (!moved.length) return tag;
    if (/\sstyle="/.test(rest)) rest = rest.replace(/\sstyle="([^"]*)"/, (_m, s: string) => ` style="${moved.join(';')};${s}"`);
    else rest += ` style="${moved.join(';')}"`;
    return `<${name}${rest}${selfClose}>`;
  });

  const decl = (pick: 0 | 1) =>
    [...vars.entries()].map(([key, name]) => `${name}:${key.split('|')[pick]}`).join(';');
  const style = `<style>#${id}{${decl(0)}}:root.dark #${id}{${decl(1)}}</style>`;
  return svg.replace(/(<svg\b[^>]*>)/, `$1${style}`);
}
