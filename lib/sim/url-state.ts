/**
 * A simulator's parameters in a URL query, both ways. Reading never fails: an unknown name, a
 * value that is not a number or an option, or one out of range is ignored or clamped, and each
 * such change comes back as a notice for the page to show.
 */

import { defaultParams, simulatorParams, type ParamSpec, type ParamValues, type SimulatorId } from './params';
import { limitWork } from './work-limit';

export type ParsedQuery<S extends SimulatorId> = { params: ParamValues<S>; notices: string[] };

const specsOf = (sim: SimulatorId) => simulatorParams[sim] as Record<string, ParamSpec>;

/** Fits one raw value to its spec: the value to use, and a notice when it had to change. */
export function fitParam(name: string, spec: ParamSpec, raw: string): { value: number | string; notice?: string } {
  if (spec.kind === 'choice') {
    if (spec.options.includes(raw)) return { value: raw };
    return { value: spec.default, notice: `${name}=${raw} is not one of ${spec.options.join(', ')}; using ${spec.default}.` };
  }
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n)) return { value: spec.default, notice: `${name}=${raw} is not a number; using ${spec.default}.` };
  let value = n;
  let notice: string | undefined;
  if (value < spec.min) {
    value = spec.min;
    notice = `${name}=${raw} is below the minimum ${spec.min}; using ${spec.min}.`;
  } else if (value > spec.max) {
    value = spec.max;
    notice = `${name}=${raw} is above the maximum ${spec.max}; using ${spec.max}.`;
  }
  if (spec.integer && !Number.isInteger(value)) {
    value = Math.round(value);
    notice = `${name}=${raw} must be a whole number; using ${value}.`;
  }
  return { value, notice };
}

/** Parameters from a query string (with or without "?"), defaults for what it leaves out. */
export function parseQuery<S extends SimulatorId>(sim: S, query: string): ParsedQuery<S> {
  const specs = specsOf(sim);
  const params = defaultParams(sim) as Record<string, number | string>;
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of new URLSearchParams(query)) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      notices.push(`Ignored the unknown parameter "${name}".`);
      continue;
    }
    if (seen.has(name)) {
      notices.push(`"${name}" is given more than once; using the first value.`);
      continue;
    }
    seen.add(name);
    const fitted = fitParam(name, spec, raw);
    params[name] = fitted.value;
    if (fitted.notice) notices.push(fitted.notice);
  }
  const limited = limitWork(sim, params as ParamValues<S>);
  return { params: limited.params, notices: [...notices, ...limited.notices] };
}

/** The query string (without "?") that reproduces these parameters, in the specs' order. */
export function toQuery<S extends SimulatorId>(sim: S, params: ParamValues<S>): string {
  const values = params as Record<string, number | string>;
  const query = new URLSearchParams();
  for (const name of Object.keys(specsOf(sim))) query.set(name, String(values[name]));
  return query.toString();
}
