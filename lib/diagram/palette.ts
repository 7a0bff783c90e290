/**
 * The two palettes diagrams are rendered in (Mermaid's "base" theme variables). They match the
 * site's colors in app/globals.css; merge-themes.ts turns each difference into a CSS variable.
 */
const shared = {
  fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: '15px',
};

export const lightPalette = {
  ...shared,
  darkMode: false,
  background: '#ffffff',
  primaryColor: '#eef2ff',
  primaryBorderColor: '#4f46e5',
  primaryTextColor: '#0f172a',
  secondaryColor: '#f1f5f9',
  secondaryBorderColor: '#64748b',
  secondaryTextColor: '#0f172a',
  tertiaryColor: '#f8fafc',
  tertiaryBorderColor: '#94a3b8',
  tertiaryTextColor: '#0f172a',
  lineColor: '#475569',
  textColor: '#0f172a',
  noteBkgColor: '#fef9c3',
  noteTextColor: '#0f172a',
  noteBorderColor: '#a16207',
  edgeLabelBackground: '#ffffff',
  clusterBkg: '#f8fafc',
  clusterBorder: '#94a3b8',
  actorBkg: '#eef2ff',
  actorBorder: '#4f46e5',
  actorTextColor: '#0f172a',
  signalColor: '#334155',
  signalTextColor: '#0f172a',
  labelBoxBkgColor: '#eef2ff',
  labelTextColor: '#0f172a',
  loopTextColor: '#0f172a',
  activationBkgColor: '#e0e7ff',
  activationBorderColor: '#4f46e5',
};

export const darkPalette = {
  ...shared,
  darkMode: true,
  background: '#0b1120',
  primaryColor: '#1e1b4b',
  primaryBorderColor: '#818cf8',
  primaryTextColor: '#e2e8f0',
  secondaryColor: '#1e293b',
  secondaryBorderColor: '#94a3b8',
  secondaryTextColor: '#e2e8f0',
  tertiaryColor: '#111827',
  tertiaryBorderColor: '#64748b',
  tertiaryTextColor: '#e2e8f0',
  lineColor: '#94a3b8',
  textColor: '#e2e8f0',
  noteBkgColor: '#422006',
  noteTextColor: '#fef9c3',
  noteBorderColor: '#ca8a04',
  edgeLabelBackground: '#0b1120',
  clusterBkg: '#0f172a',
  clusterBorder: '#475569',
  actorBkg: '#1e1b4b',
  actorBorder: '#818cf8',
  actorTextColor: '#e2e8f0',
  signalColor: '#cbd5e1',
  signalTextColor: '#e2e8f0',
  labelBoxBkgColor: '#1e1b4b',
  labelTextColor: '#e2e8f0',
  loopTextColor: '#e2e8f0',
  activationBkgColor: '#312e81',
  activationBorderColor: '#818cf8',
};

/** Changes whenever the render configuration changes, so cached SVGs are not reused. */
export const RENDER_VERSION = 'mermaid12-dagre-v1';
