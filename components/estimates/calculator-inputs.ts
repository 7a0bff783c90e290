import type { Page } from '@/lib/content/load';
import type { EstimateInput } from '@/lib/estimate/resolve';
import type { PresetSource } from '@/lib/sim/preset-params';

/**
 * What the calculator needs of a page, as plain data for the client: each estimate as written
 * (not its parsed formula or result) and each preset with the estimates its parameters name.
 */
export function calculatorInputs(page: Page): { estimates: EstimateInput[]; presets: PresetSource[] } {
  const estimates = page.estimates.map(({ id, label, unit, value, formula, origin, reference, seedValue, note }) => ({
    id,
    label,
    unit,
    ...(value !== undefined && { value }),
    ...(formula !== undefined && { formula }),
    ...(origin !== undefined && { origin }),
    ...(reference !== undefined && { reference }),
    ...(seedValue !== undefined && { seedValue }),
    ...(note !== undefined && { note }),
  }));
  const presets = page.presets.map((p) => ({
    id: p.id,
    sim: p.sim,
    params: Object.fromEntries(
      Object.entries(p.params).map(([name, { value, estimate, scale }]) => [
        name,
        { value, ...(estimate !== undefined && { estimate }), ...(scale !== undefined && { scale }) },
      ]),
    ),
  }));
  return { estimates, presets };
}
