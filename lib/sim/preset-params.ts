/**
 * A content preset's parameters over the simulator's defaults: a preset names only what it
 * models, the rest keeps the default. A parameter may take its value from one of the page's
 * estimates (times a scale); the build requires that value to be in range, and when the reader
 * changes the estimates in the calculator it is fitted to the range with a notice.
 */

import { defaultParams, paramProblem, type ParamSpec, type ParamValues, type SimulatorId } from './params';
import { fitParam } from './url-state';
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
