import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLibrary } from '@/lib/content/load';
import { presetsFor } from '@/lib/content/queries';
import { simulatorIds, simulatorTitles, type SimulatorId } from '@/lib/sim/params';
import { presetParams } from '@/lib/sim/preset-params';
import { toQuery } from '@/lib/sim/url-state';
import { simulatorExplanations } from '@/components/sim/explanations';
import { StandaloneSimulator } from '@/components/sim/standalone-simulator';

export const dynamicParams = false;

export function generateStaticParams() {
  return simulatorIds.map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

const isSimulator = (id: string): id is SimulatorId => (simulatorIds as string[]).includes(id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return isSimulator(id) ? { title: `${simulatorTitles[id]} simulator`, description: simulatorExplanations[id].summary } : {};
}

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export default async function SimulatorPage({ params }: Props) {
  const { id } = await params;
  if (!isSimulator(id)) notFound();
  const lib = getLibrary();
  const explanation = simulatorExplanations[id];
  const presets = presetsFor(lib, id);
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm muted">
        <Link href="/simulators/">Simulators</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold">{simulatorTitles[id]} simulator</h1>
      <div className="prose mt-3">{explanation.body}</div>
      <div className="mt-6">
        <StandaloneSimulator sim={id} title={`${simulatorTitles[id]} simulator`} />
      </div>
      <section aria-labelledby="scenarios" className="prose mt-8">
        <h2 id="scenarios">Scenarios from the designs</h2>
        <p>
          {presets.length} scenarios on {new Set(presets.map((x) => x.page.slug)).size} pages set this simulator up with their own numbers.
          Each link opens it here with those numbers.
        </p>
        <details>
          <summary className="cursor-pointer">Show all {presets.length} scenarios</summary>
        <ul>
          {presets.map(({ page, preset }) => (
            <li key={`${page.slug}/${preset.id}`}>
              {/* A full load, so the simulator reads the new query. */}
              <a href={`${base}/simulators/${id}/?${toQuery(id, presetParams(id, preset.params).params)}`}>
                {preset.title}
              </a>{' '}
              <span className="muted">
                from <Link href={`/${page.kind}s/${page.slug}/#simulate-${preset.id}`}>{page.meta.title}</Link>
              </span>
            </li>
          ))}
        </ul>
        </details>
      </section>
    </div>
  );
}
