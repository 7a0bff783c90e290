import Link from 'next/link';
import type { Page } from '@/lib/content/load';
import { simulatorParams, simulatorTitles, type ParamSpec } from '@/lib/sim/params';
import { paramText, presetParams } from '@/lib/sim/preset-params';
import { toQuery } from '@/lib/sim/url-state';
import { LiveParam, LivePresetNotices, PresetLink } from '@/components/estimates/live-preset';
import { SimulatorSlot } from './simulator-slot';

const originText = (origin: string) =>
  origin === 'assumed' ? 'assumed' : origin === 'derived' ? 'derived' : origin === 'reference' ? 'reference number' : `seed ${origin}`;

/**
 * A page's simulator presets: what part of the design each models, its numbers and where they
 * come from, and the simulator itself, loaded only when the reader reaches it. On a design page,
 * parameters that name an estimate follow the reader's numbers from the calculator.
 */
export function SimulateSection({ page }: { page: Page }) {
  if (!page.presets.length) return null;
  const estimates = new Map(page.estimates.map((e) => [e.id, e]));
  const live = page.kind === 'design';
  return (
    <section aria-labelledby="simulate" className="no-print">
      <h2 id="simulate">Simulate</h2>
      <p>
        Each scenario runs a simulator with this page&rsquo;s own numbers. Parameters it does not set keep the simulator&rsquo;s
        defaults; change any of them and watch the figures follow.
        {live && ' Parameters taken from an estimate also follow the numbers you set in the Capacity estimates calculator.'}
      </p>
      {page.presets.map((preset) => {
        const specs = simulatorParams[preset.sim] as Record<string, ParamSpec>;
        const { params } = presetParams(preset.sim, preset.params);
        const href = `/simulators/${preset.sim}/?${toQuery(preset.sim, params)}`;
        const linkText = `Open this scenario in the full ${simulatorTitles[preset.sim].toLowerCase()} simulator`;
        return (
          <div key={preset.id} className="mb-8" data-preset={preset.id}>
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
                  const text = paramText(spec, p.value);
                  return (
                    <tr key={name}>
                      <th scope="row" className="font-normal">{spec?.label ?? name}</th>
                      <td className="tabular-nums">
                        {estimate && live ? <LiveParam page={page.slug} preset={preset.id} name={name} fallback={text} /> : text}
                      </td>
                      <td>
                        {estimate ? (
                          <>
                            <a href={`#estimate-${estimate.id}`}>{estimate.label}</a>
                            {p.scale !== undefined && ` × ${p.scale.toLocaleString('en-US')}`} ({originText(p.origin)})
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
            {live && <LivePresetNotices page={page.slug} preset={preset.id} />}
            <SimulatorSlot
              sim={preset.sim}
              params={params}
              label={`${simulatorTitles[preset.sim]}: ${preset.title}`}
              live={live ? { page: page.slug, preset: preset.id } : undefined}
            />
            <p className="text-sm">
              {live ? (
                <PresetLink page={page.slug} preset={preset.id} href={href}>
                  {linkText}
                </PresetLink>
              ) : (
                <Link href={href} prefetch={false}>
                  {linkText}
                </Link>
              )}
            </p>
          </div>
        );
      })}
    </section>
  );
}
