/**
 * Caps on the work one run may do, so parameters that are each in range (a shared link, a
 * preset, a slider at its end) cannot together freeze the tab or exhaust the worker's memory.
 * The caps sit above the sizes the issue asks to handle (1,000,000 keys, requests or users) and
 * well below what would take more than a few seconds in the worker.
 */

import type { ParamValues, SimulatorId } from './params';

export const WORK_LIMITS = {
  /** Ring tokens (nodes x virtual nodes); 100 x 200 is 20,000. */
  ringTokens: 200_000,
  /** Requests over the whole token-bucket run, all clients together. */
  requests: 2_000_000,
  /** Posts over the simulated day. */
  posts: 5_000_000,
} as const;

export type Limited<S extends SimulatorId> = { params: ParamValues<S>; notices: string[] };

const fmt = (n: number) => n.toLocaleString('en-US', { maximumSignificantDigits: 4 });

/** Expected requests in a token-bucket run with these parameters. */
export function requestsInRun(p: ParamValues<'token-bucket'>): number {
  return p.arrival === 'window-edge'
    ? 2 * p.clients * Math.floor(p.capacity)
    : p.clients * p.requestsPerSecond * p.durationSeconds;
}

/** Lowers the parameter that drives the work, and says so, when a run would exceed the caps. */
export function limitWork<S extends SimulatorId>(sim: S, params: ParamValues<S>): Limited<S> {
  const notices: string[] = [];
  if (sim === 'consistent-hashing') {
    const p = { ...(params as ParamValues<'consistent-hashing'>) };
    if (p.nodes * p.vnodes > WORK_LIMITS.ringTokens) {
      const vnodes = Math.max(1, Math.floor(WORK_LIMITS.ringTokens / p.nodes));
      notices.push(
        `${fmt(p.nodes)} nodes x ${fmt(p.vnodes)} virtual nodes is more than ${fmt(WORK_LIMITS.ringTokens)} ring tokens; using ${fmt(vnodes)} virtual nodes per node.`,
      );
      p.vnodes = vnodes;
    }
    return { params: p as ParamValues<S>, notices };
  }
  if (sim === 'token-bucket') {
    const p = { ...(params as ParamValues<'token-bucket'>) };
    const cap = WORK_LIMITS.requests;
    if (requestsInRun(p) > cap) {
      if (p.arrival === 'window-edge') {
        const clients = Math.max(1, Math.floor(cap / (2 * Math.floor(p.capacity))));
        if (clients < p.clients) {
          notices.push(`Window-edge bursts of ${fmt(Math.floor(p.capacity))} from ${fmt(p.clients)} clients exceed ${fmt(cap)} requests; using ${fmt(clients)} clients.`);
          p.clients = clients;
        }
        if (requestsInRun(p) > cap) {
          p.capacity = Math.floor(cap / 2);
          notices.push(`Bucket capacity lowered to ${fmt(p.capacity)} so one burst stays within ${fmt(cap)} requests.`);
        }
      } else {
        const duration = cap / (p.clients * p.requestsPerSecond);
        if (duration >= 1) {
          notices.push(`${fmt(requestsInRun(p))} requests are more than ${fmt(cap)}; the run is shortened to ${fmt(duration)} s.`);
          p.durationSeconds = duration;
        } else {
          const rate = cap / p.clients;
          notices.push(`${fmt(requestsInRun(p))} requests are more than ${fmt(cap)}; using 1 s and ${fmt(rate)} req/s per client.`);
          p.durationSeconds = 1;
          p.requestsPerSecond = rate;
        }
      }
    }
    return { params: p as ParamValues<S>, notices };
  }
  const p = { ...(params as ParamValues<'fan-out'>) };
  if (p.users * p.postsPerUserPerDay > WORK_LIMITS.posts) {
    const rate = WORK_LIMITS.posts / p.users;
    notices.push(`${fmt(p.users * p.postsPerUserPerDay)} posts a day are more than ${fmt(WORK_LIMITS.posts)}; using ${fmt(rate)} posts per user per day.`);
    p.postsPerUserPerDay = rate;
  }
  return { params: p as ParamValues<S>, notices };
}
