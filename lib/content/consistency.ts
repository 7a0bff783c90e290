/**
 * Checks that a page's numbers have one source. Presets and numeric quiz items that name an
 * estimate follow it by construction; these checks catch the ways a number can still be typed
 * by hand beside the estimate it should name:
 * - a numeric quiz item with a literal answer that an estimate of the page gives (within the
 *   item's tolerance): it must name the estimate;
 * - a preset parameter with a literal value equal to an estimate's result: it must name it;
 * - a numeric quiz prompt that types the value of an estimate its answer depends on: it must
 *   write {id}, so the prompt changes with the estimate (and a prompt that quotes a number an
 *   input no longer has cannot arise);
 * - placeholders that name no estimate, or that appear where nothing fills them;
 * - (designs) an estimate label with a hand-formatted figure and unit symbol ("16 KiB", "0.2 s"),
 *   or one that quotes an input it rests on ("after 5 years", "(3 days)"), which would be wrong
 *   as soon as a reader changes that input.
 * Each problem names the file and the field. The placeholder checks run on every page; the others
 * on design pages, whose estimates the calculator makes editable (concept pages keep their
 * static tables; their prose quotes numbers freely for now).
 */
import type { QuizItem, SimulatorPreset } from './schema';
import { dependencyClosure, type ResolvedEstimate } from '../estimate/resolve';
import { placeholderIds } from '../estimate/placeholders';
import { formatQuantity } from '../estimate/units';
import { simulatorParams, type ParamSpec, type SimulatorId } from '../sim/params';

const scaleWords: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, K: 1e3, M: 1e6, B: 1e9, bn: 1e9 };
const dataPrefixes: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const timeWords: Record<string, number> = {
  ns: 1e-9,
  'µs': 1e-6,
  us: 1e-6,
  ms: 1e-3,
  s: 1,
  second: 1,
  seconds: 1,
  minute: 60,
  minutes: 60,
  hour: 3600,
  hours: 3600,
  day: 86400,
  days: 86400,
  year: 31_536_000,
  years: 31_536_000,
};

export type QuotedNumber = {
  /** The text as written, e.g. "100 million", "500 bytes", "5 Mbps". */
  text: string;
  index: number;
  /** The number and its scale word alone ("100 million" of "100 million users", "5" of "5 Mbps"). */
  numberText: string;
  /** The values it may stand for: the bare number, and in base units when a unit follows. */
  candidates: number[];
};

const NUMBER =
  /(?<![\w.^/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:e([-+]?\d+))?(?:\s*(%|×|x(?![a-z]))|\s*-?\s*(thousand|million|billion|trillion|bn\b|[kK]\b|M\b|B\b(?!\/?[a-z])))?(?:\s*-?\s*((?:[kKMGTPE]i?)?B\b|(?:[kKMGT])?b(?:ps|\/s)\b|bytes?\b|bits?\b|ns\b|µs\b|us\b|ms\b|s\b|seconds?\b|minutes?\b|hours?\b|days?\b|years?\b))?/g;

/** The numbers a sentence quotes, with what each may mean. Numbers glued to words ("base62",
 * "p99", "float32", "2^53") are not quantities and are left out. */
export function quotedNumbers(text: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const after = text[m.index + m[0].length];
    if (after && /[A-Za-z0-9_^]/.test(after) && !m[3] && !m[4] && !m[5]) continue;
    let n = Number(m[1].replace(/,/g, '')) * (m[2] ? 10 ** Number(m[2]) : 1);
    if (m[4]) n *= scaleWords[m[4]] ?? 1;
    const candidates = new Set<number>();
    const unit = m[5];
    const data = unit ? /^([kKMGTPE]i?)?(B|b|bytes?|bits?)(ps|\/s)?$/.exec(unit) : null;
    // A size is only ever bytes or bits; a time may be in seconds or in a counted unit ("2 hours"
    // against an estimate in hours), so both readings are kept.
    if (data) candidates.add(n * (dataPrefixes[data[1] ?? ''] ?? 1));
    else candidates.add(m[3] === '%' ? n / 100 : n);
    if (unit && timeWords[unit] !== undefined) candidates.add(n * timeWords[unit]);
    const numberText = m[0].slice(0, m[0].length - (m[5]?.length ?? 0)).replace(/[\s-]+$/, '');
    out.push({ text: m[0].trim(), numberText, index: m.index, candidates: [...candidates] });
  }
  return out;
}

/** Whether a number as written is the value, rounded as a reader would round it (1%). */
export function quotes(written: number, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (value === 0) return written === 0;
  return Math.abs(written - value) <= 0.01 * Math.abs(value);
}

/** A figure written with a unit symbol inside a label: "16 KiB", "64 GB host", "0.2 s", "10 Gb/s". */
const LABEL_SYMBOL = /(?<![\w-])\d[\d,.]*\s?(?:[kKMGTPE]i?B|B|[kKMGT]?bps|[kKMGT]?b\/s|[kKMGT]?bits?\/s|ns|µs|us|ms|s)(?![\w])/;

/** Nouns of the counts a simulator parameter stands for (singular). */
const paramNouns: Record<string, string[]> = {
  nodes: ['node', 'server', 'shard', 'master', 'broker', 'instance', 'machine', 'host', 'partition', 'collector', 'pop', 'dc', 'region', 'peer', 'primary', 'gateway'],
  vnodes: ['vnode', 'virtual-node'],
  keys: ['key', 'code', 'url', 'object', 'item', 'id', 'doc', 'row', 'entry', 'record', 'file', 'segment', 'series', 'session', 'lock', 'chunk', 'block', 'piece'],
  // The ring's replication factor: copies, not "replicas per master" (one fewer).
  replicas: ['copy', 'copie'],
  capacity: ['token', 'req', 'request', 'msg', 'message', 'call', 'write', 'event'],
  clients: ['client', 'user', 'producer', 'consumer', 'tenant', 'caller', 'connection'],
  users: ['user', 'account', 'member'],
  meanFollowers: ['follower'],
  celebrityThreshold: ['follower'],
  postsPerUserPerDay: ['post', 'tweet', 'message', 'update'],
  readsPerUserPerDay: ['read', 'load', 'view', 'refresh'],
};

const timeRoles: Record<string, RegExp> = { windowSeconds: /window/i, durationSeconds: /duration/i, burstPeriodSeconds: /burst|period/i };

/**
 * Whether an estimate is the same kind of quantity as a simulator parameter, so that equal values
 * mean the parameter repeats the estimate rather than match by chance: seconds for durations, a
 * rate per second for rates, a multiple or a count of copies for replicas, a count of the same
 * noun for counts.
 */
function sameKind(name: string, spec: ParamSpec, e: ResolvedEstimate): boolean {
  if (spec.kind !== 'number') return false;
  const [numerator, denominator] = e.unit.split('/');
  const noun = (w: string) => w.toLowerCase().replace(/s$/, '');
  // Durations match estimates of the same role: a window, a run, a burst period.
  if (spec.unit === 's') return e.unit === 's' && (timeRoles[name] ?? /$^/).test(`${e.id} ${e.label}`);
  if (spec.unit?.endsWith('/s')) return denominator === 's';
  if (name === 'replicas' && numerator === 'x') return /replic|cop(y|ies)/i.test(e.id);
  if (name === 'postsPerUserPerDay' || name === 'readsPerUserPerDay') {
    return denominator === 'day' && (paramNouns[name] ?? []).includes(noun(numerator));
  }
  if (denominator !== undefined) return false;
  return (paramNouns[name] ?? []).includes(noun(numerator));
}

type PageNumbers = {
  file: string;
  kind: 'design' | 'concept';
  estimates: ResolvedEstimate[];
  presets: SimulatorPreset[];
  quiz: QuizItem[];
};

export function consistencyProblems({ file, kind, estimates, presets, quiz }: PageNumbers): string[] {
  const problems: string[] = [];
  const byId = new Map(estimates.map((e) => [e.id, e]));
  const closure = dependencyClosure(estimates);
  const show = (e: ResolvedEstimate) => `estimate "${e.id}" (${formatQuantity(e.result, e.unit)})`;

  quiz.forEach((item, i) => {
    const where = `${file}: frontmatter.quiz[${i}]`;
    const ids = placeholderIds(item.prompt);
    if (ids.length && !(item.type === 'numeric' && item.estimate !== undefined)) {
      problems.push(`${where}.prompt: {${ids[0]}} placeholders are filled only in numeric items that name an estimate`);
    }
    for (const id of ids) {
      if (!byId.has(id)) problems.push(`${where}.prompt: {${id}} names no estimate of this page`);
    }
    if (item.type !== 'numeric' || kind !== 'design') return;

    if (item.answer !== undefined) {
      const near = estimates
        .filter((e) => e.unit === item.unit && Number.isFinite(e.result) && Math.abs(item.answer! - e.result) <= item.tolerance * Math.abs(e.result))
        .sort((a, b) => Math.abs(item.answer! - a.result) - Math.abs(item.answer! - b.result))[0];
      if (near) {
        problems.push(`${where}.answer: ${item.answer} is within the item's tolerance of ${show(near)}; write \`estimate: ${near.id}\` instead of a literal answer`);
      }
      return;
    }

    const answer = item.estimate !== undefined ? byId.get(item.estimate) : undefined;
    if (!answer) return;
    // The estimates the answer rests on, and the answer itself (a prompt must not type it either).
    const basis = [...(closure.get(answer.id) ?? [])].map((id) => byId.get(id)!).filter((e) => Number.isFinite(e.result));
    for (const q of quotedNumbers(item.prompt.replace(/\{[a-z][A-Za-z0-9]*\}/g, (m) => ' '.repeat(m.length)))) {
      const hit = basis.find((e) => q.candidates.some((c) => quotes(c, e.result)));
      if (hit) {
        problems.push(`${where}.prompt: "${q.text}" types the value of ${show(hit)}; write {${hit.id}} so the prompt follows the estimate`);
      }
    }
  });

  if (kind !== 'design') return problems;
  presets.forEach((preset, i) => {
    const specs = simulatorParams[preset.sim as SimulatorId] as Record<string, ParamSpec>;
    for (const [name, param] of Object.entries(preset.params)) {
      if (!('value' in param) || typeof param.value !== 'number') continue;
      const spec = specs[name];
      const value = param.value;
      const same = estimates.find(
        (e) => Number.isFinite(e.result) && Math.abs(e.result - value) <= 1e-9 * Math.abs(value) && spec && sameKind(name, spec, e),
      );
      if (same) {
        problems.push(
          `${file}: frontmatter.simulators[${i}].params.${name}.value: ${value} equals ${show(same)}; write \`{ estimate: ${same.id} }\` so the preset follows it`,
        );
      }
    }
  });

  estimates.forEach((e, i) => {
    const where = `${file}: frontmatter.estimates[${i}].label`;
    const symbol = LABEL_SYMBOL.exec(e.label);
    if (symbol) {
      problems.push(`${where}: "${symbol[0]}" is a figure with a unit typed into the label; the unit belongs in \`unit\`, the figure in an estimate (or the detail in \`note\`)`);
      return;
    }
    // A label that quotes an input it rests on ("after 5 years") would lie once a reader changes it.
    const inputs = [e, ...[...(closure.get(e.id) ?? [])].map((id) => byId.get(id)!)].filter((x) => x.formula === undefined);
    for (const q of quotedNumbers(e.label)) {
      const hit = inputs.find((x) => q.candidates.some((c) => quotes(c, x.result)));
      if (hit) {
        problems.push(`${where}: "${q.text}" quotes ${show(hit)}, which a reader can change; leave the figure out of the label`);
        return;
      }
    }
  });
  return problems;
}
