'use client';

import { simulatorParams, type ParamSpec, type ParamValues, type SimulatorId } from '@/lib/sim/params';
import { TICKS } from '@/lib/sim/token-bucket';
import { HOURS } from '@/lib/sim/fan-out';
import { BucketView } from './bucket-view';
import { FanOutView } from './fan-out-view';
import { ParamControls } from './param-controls';
import { RingView } from './ring-view';
import { SPEEDS, usePlayback } from './use-playback';
import { useSimulation } from './use-simulation';

const RUN_LENGTH: Partial<Record<SimulatorId, number>> = { 'token-bucket': TICKS, 'fan-out': HOURS };

/**
 * A whole simulator: its controls, the run in a worker, playback for stepped engines and the
 * drawing. Parameters are owned by the caller (the standalone page keeps them in the URL).
 */
export function SimulatorPanel<S extends SimulatorId>({
  sim,
  params,
  onParamsChange,
  label,
}: {
  sim: S;
  params: ParamValues<S>;
  onParamsChange: (params: ParamValues<S>) => void;
  /** Names the region for screen readers, e.g. the preset's title. */
  label: string;
}) {
  const length = RUN_LENGTH[sim];
  const run = useSimulation(sim, params, length);
  const playback = usePlayback({ step: (ticks) => run.send({ type: 'step', ticks }), busy: run.busy, done: run.done });
  const values = params as Record<string, number | string>;
  const setParam = (name: string, value: number | string) => {
    playback.setPlaying(false);
    onParamsChange({ ...values, [name]: value } as ParamValues<S>);
  };
  const restart = () => {
    playback.setPlaying(false);
    run.restart();
  };
  const play = () => {
    if (playback.playing) return playback.setPlaying(false);
    if (run.done) run.restart();
    playback.setPlaying(true);
  };

  return (
    <section aria-label={label} className="sim-panel grid gap-4 rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <ParamControls specs={simulatorParams[sim] as Record<string, ParamSpec>} values={values} onChange={setParam} hidden={['seed']} />
      <div className="flex flex-wrap items-center gap-2">
        {length ? (
          <>
            <button type="button" className="btn" onClick={play}>
              {playback.playing ? 'Pause' : run.done ? 'Replay' : 'Play'}
            </button>
            <button type="button" className="btn" onClick={() => run.send({ type: 'step', ticks: 1 })} disabled={run.done || playback.playing || run.busy}>
              Step
            </button>
            <button type="button" className="btn" onClick={() => run.send({ type: 'step', ticks: length })} disabled={run.done || run.busy}>
              Run to end
            </button>
            <button type="button" className="btn" onClick={restart}>
              Back to start
            </button>
            <label className="text-sm">
              Speed{' '}
              <select value={playback.speed} onChange={(e) => playback.setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])} className="rounded border border-[var(--border)] bg-[var(--bg)] px-1 py-1">
                {SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <>
            <button type="button" className="btn" onClick={() => run.send({ type: 'add-node' })} disabled={run.busy}>
              Add a node
            </button>
            <button type="button" className="btn" onClick={restart}>
              Reset
            </button>
          </>
        )}
        <label className="text-sm">
          Seed{' '}
          <input
            type="number"
            min={0}
            step={1}
            value={values.seed}
            onChange={(e) => Number.isInteger(Number(e.target.value)) && e.target.value !== '' && setParam('seed', Math.min(2 ** 31 - 1, Math.max(0, Number(e.target.value))))}
            className="w-24 rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 tabular-nums"
          />
        </label>
        <button type="button" className="btn" onClick={() => setParam('seed', Math.floor(Math.random() * 2 ** 31))}>
          New seed
        </button>
        <span className="text-sm muted" role="status">
          {run.busy ? 'Computing…' : ''}
        </span>
      </div>
      {run.error && (
        <p role="alert" className="text-sm">
          The simulation failed: {run.error}
        </p>
      )}
      {run.snapshot?.sim === 'consistent-hashing' && (
        <RingView ring={run.snapshot.ring} busy={run.busy} onRemove={(id) => run.send({ type: 'remove-node', id })} />
      )}
      {run.snapshot?.sim === 'token-bucket' && <BucketView state={run.snapshot.state} busy={run.busy} />}
      {run.snapshot?.sim === 'fan-out' && <FanOutView state={run.snapshot.state} busy={run.busy} />}
      {!run.snapshot && !run.error && <p className="text-sm muted">Starting the simulation…</p>}
    </section>
  );
}
