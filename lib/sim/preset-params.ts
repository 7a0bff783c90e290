/**
 * A content preset's parameters over the simulator's defaults: a preset names only what it
 * models, the rest keeps the default.
 */

import { defaultParams, type ParamValues, type SimulatorId } from './params';
import { limitWork } from './work-limit';

export function presetParams<S extends SimulatorId>(
  sim: S,
  preset: Record<string, { value: number | string }>,
): { params: ParamValues<S>; notices: string[] } {
  const values = Object.fromEntries(Object.entries(preset).map(([name, p]) => [name, p.value]));
  return limitWork(sim, { ...defaultParams(sim), ...values } as ParamValues<S>);
}
