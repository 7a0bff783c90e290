import Link from 'next/link';
import type { Page } from '@/lib/content/load';
import { significant } from '@/lib/estimate/units';
import { simulatorParams, simulatorTitles, type ParamSpec } from '@/lib/sim/params';
import { presetParams } from '@/lib/sim/preset-params';
import { toQuery } from '@/lib/sim/url-state';
import { SimulatorSlot } from './simulator-slot';

const originText = (origin: string) => (origin === 'assumed' ? 'assumed' : origin === 'derived' ? 'derived' : `seed ${origin}`);

/**
 * A page's simulator presets: what part of the design each models, its numbers and where they
 * come from, and the simulator itself, loaded only when the reader reaches it.
 */
export function SimulateSection({ page }: { page: Page }) {
  if (!page.presets.length) return null;
  const estimates = new Map(page.estimates.map((e) => [e.id, e]));
  return (
    <section aria-labelledby="simulate" className="no-print">
      <h2 id="simulate">Simulate</h2>
      <p>
        Each scenario runs a simulator with this page&rsquo;s own numbers. Parameters it does not set keep the simulator&rsquo;s
        defaults; change any of them and watch the figures follow.
      </p>
      {page.presets.map((preset) => {
        const specs = simulatorParams[preset.sim] as Record<string, ParamSpec>;
        const { params } = presetParams(preset.sim, preset.params);
        return (
          <div key={preset.id} className="mb-8">
            <h3 id={`simulate-${preset.id}`}>{preset.title}</h3>
            <p>
              <span className="font-semibold">{simulatorTitles[preset.sim]}.</span> {preset.models}
            </p>
            <table>
              <caption className="sr-only">Parameters of this scenario</caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Value</th>
                  <th scope="col">Where it comes from</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(preset.params).map(([name, p]) => {
                  const spec = specs[name];
                  const estimate = p.estimate ? estimates.get(p.estimate) : undefined;
                  return (
                    <tr key={name}>
                      <th scope="row" className="font-normal">{spec?.label ?? name}</th>
                      <td className="tabular-nums">
                        {typeof p.value === 'number' ? significant(p.value) : p.value}
                        {spec?.kind === 'number' && spec.unit ? ` ${spec.unit}` : ''}
                      </td>
                      <td>
                        {estimate ? (
                          <>
                            <a href={`#estimate-${estimate.id}`}>{estimate.label}</a> ({originText(p.origin)})
                          </>
                        ) : (
                          originText(p.origin)
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <SimulatorSlot sim={preset.sim} params={params} label={`${simulatorTitles[preset.sim]}: ${preset.title}`} />
            <p className="text-sm">
              <Link href={`/simulators/${preset.sim}/?${toQuery(preset.sim, params)}`} prefetch={false}>
                Open this scenario in the full {simulatorTitles[preset.sim].toLowerCase()} simulator
              </Link>
            </p>
          </div>
        );
      })}
    </section>
  );
}
