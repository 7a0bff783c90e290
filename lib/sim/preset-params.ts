/**
 * A content preset's parameters over the simulator's defaults: a preset names only what it
 * models, the rest keeps the default. A parameter may take its value from one of the page's
 * estimates (times a scale); the build requires that value to be in range, and when the reader
 * changes the estimates in the calculator it is fitted to the range with a notice.
 */

import { significant } from '../estimate/units';
import { defaultParams, paramProblem, simulatorParams, type ParamSpec, type ParamValues, type SimulatorId } from './params';
import { fitParam, toQuery } from './url-state';
import { limitWork } from './work-limit';

export function presetParams<S extends SimulatorId>(
  sim: S,
  preset: Record<string, { value: number | string }>,
): { params: ParamValues<S>; notices: string[] } {
  const values = Object.fromEntries(Object.entries(preset).map(([name, p]) => [name, p.value]));
  return limitWork(sim, { ...defaultParams(sim), ...values } as ParamValues<S>);
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumSignificantDigits: 4 });

/**
 * The parameter value an estimate gives: estimate x scale, rounded for whole-number parameters,
 * fitted into the parameter's range. `problem` (for the build) and `notice` (for the reader) say
 * what had to change; both are absent when the value fits as it is.
 */
export function presetParamFromEstimate(
  name: string,
  spec: ParamSpec,
  estimate: number,
  scale = 1,
): { value: number | string; problem?: string; notice?: string } {
  let raw = estimate * scale;
  if (spec.kind === 'number' && spec.integer && Number.isFinite(raw)) raw = Math.round(raw);
  const problem = paramProblem(spec, raw);
  if (!problem) return { value: raw };
  const fitted = fitParam(name, spec, String(raw));
  const label = spec.label.toLowerCase();
  const notice =
    spec.kind === 'number' && Number.isFinite(raw)
      ? `${spec.label} would be ${fmt(raw)}, outside the simulator's range of ${fmt(spec.min)} to ${fmt(spec.max)}; it runs with ${fmt(fitted.value as number)}.`
      : `The estimates give no usable ${label}; the simulator runs with ${String(fitted.value)}.`;
  return { value: fitted.value, problem, notice };
}

/** A parameter as a preset table writes it: "60,000 keys", "1.67 tokens/s", "bursts". */
export function paramText(spec: ParamSpec | undefined, value: number | string): string {
  if (typeof value !== 'number') return value;
  return `${significant(value)}${spec?.kind === 'number' && spec.unit ? ` ${spec.unit}` : ''}`;
}

/** A preset as content gives it: literal values, and parameters that name an estimate. */
export type PresetSource<S extends SimulatorId = SimulatorId> = {
  id: string;
  sim: S;
  params: Record<string, { value: number | string; estimate?: string; scale?: number }>;
};

/**
 * The preset with its estimate-named parameters taken from `values` (the reader's numbers in the
 * calculator), fitted into range: what the simulator runs with, how the table writes each
 * parameter, what had to change and why, and the full simulator's query for it.
 */
export function presetFromEstimates(
  preset: PresetSource,
  values: Record<string, number>,
): { params: ParamValues<SimulatorId>; text: Record<string, string>; notices: string[]; query: string } {
  const specs = simulatorParams[preset.sim] as Record<string, ParamSpec>;
  const notices: string[] = [];
  const chosen: Record<string, { value: number | string }> = {};
  for (const [name, p] of Object.entries(preset.params)) {
    const spec = specs[name];
    if (p.estimate === undefined || !spec || values[p.estimate] === undefined) {
      chosen[name] = { value: p.value };
      continue;
    }
    const fitted = presetParamFromEstimate(name, spec, values[p.estimate], p.scale);
    if (fitted.notice) notices.push(fitted.notice);
    chosen[name] = { value: fitted.value };
  }
  const limited = presetParams(preset.sim, chosen);
  const params = limited.params as Record<string, number | string>;
  const text = Object.fromEntries(Object.keys(preset.params).map((name) => [name, paramText(specs[name], params[name])]));
  return { params: limited.params, text, notices: [...notices, ...limited.notices], query: toQuery(preset.sim, limited.params) };
}
