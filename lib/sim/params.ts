/**
 * The parameters of each simulator: their ranges, defaults and labels.
 *
 * One table serves three readers: content validation (a preset out of range fails the build),
 * URL parsing (out of range is clamped, with a notice) and the controls that draw sliders.
 */

export type NumberParam = {
  kind: 'number';
  label: string;
  min: number;
  max: number;
  default: number;
  integer: boolean;
  unit?: string;
};

export type ChoiceParam<T extends string = string> = {
  kind: 'choice';
  label: string;
  options: readonly T[];
  default: T;
};

export type ParamSpec = NumberParam | ChoiceParam;

const int = (label: string, min: number, max: number, def: number, unit?: string): NumberParam => ({
  kind: 'number',
  label,
  min,
  max,
  default: def,
  integer: true,
  unit,
});

const real = (label: string, min: number, max: number, def: number, unit?: string): NumberParam => ({
  kind: 'number',
  label,
  min,
  max,
  default: def,
  integer: false,
  unit,
});

const choice = <T extends string>(label: string, options: readonly T[], def: T): ChoiceParam<T> => ({
  kind: 'choice',
  label,
  options,
  default: def,
});

const SEED = int('Random seed', 0, 2 ** 31 - 1, 42);

export const simulatorParams = {
  'consistent-hashing': {
    nodes: int('Physical nodes', 1, 1000, 4, 'nodes'),
    vnodes: int('Virtual nodes per node', 1, 1000, 100, 'vnodes'),
    keys: int('Keys', 1, 1_000_000, 10_000, 'keys'),
    replicas: int('Replication factor', 1, 7, 1, 'copies'),
    seed: SEED,
  },
  'token-bucket': {
    capacity: real('Bucket capacity', 1, 1_000_000, 100, 'tokens'),
    refillPerSecond: real('Refill rate', 0.001, 1_000_000, 100 / 60, 'tokens/s'),
    arrival: choice('Arrivals', ['constant', 'poisson', 'bursts', 'window-edge'] as const, 'poisson'),
    requestsPerSecond: real('Request rate per client', 0.001, 1_000_000, 2, 'req/s'),
    burstPeriodSeconds: real('Time between bursts (bursts arrivals)', 1, 86_400, 10, 's'),
    clients: int('Clients', 1, 1000, 1, 'clients'),
    durationSeconds: real('Duration', 1, 86_400, 120, 's'),
    windowSeconds: real('Window (window algorithms)', 1, 86_400, 60, 's'),
    seed: SEED,
  },
  'fan-out': {
    users: int('Users', 10, 1_000_000, 10_000, 'users'),
    meanFollowers: real('Mean followers per user', 1, 100_000, 200, 'followers'),
    zipfExponent: real('Follower skew (Zipf exponent)', 0.5, 3, 1.1),
    postsPerUserPerDay: real('Posts per user per day', 0.001, 1000, 0.5, 'posts/day'),
    readsPerUserPerDay: real('Feed reads per user per day', 0.001, 10_000, 10, 'reads/day'),
    strategy: choice('Strategy', ['push', 'pull', 'hybrid'] as const, 'hybrid'),
    celebrityThreshold: int('Celebrity threshold', 1, 1_000_000_000, 1000, 'followers'),
    seed: SEED,
  },
} as const satisfies Record<string, Record<string, ParamSpec>>;

export type SimulatorId = keyof typeof simulatorParams;
export const simulatorIds = Object.keys(simulatorParams) as SimulatorId[];

export const simulatorTitles: Record<SimulatorId, string> = {
  'consistent-hashing': 'Consistent hashing',
  'token-bucket': 'Token bucket',
  'fan-out': 'Feed fan-out',
};

export type ParamValues<S extends SimulatorId> = {
  [K in keyof (typeof simulatorParams)[S]]: (typeof simulatorParams)[S][K] extends ChoiceParam<infer T>
    ? T
    : number;
};

/** Why a given value is not valid for a parameter, or null when it is. */
export function paramProblem(spec: ParamSpec, value: unknown): string | null {
  if (spec.kind === 'choice') {
    return typeof value === 'string' && spec.options.includes(value)
      ? null
      : `must be one of ${spec.options.join(', ')} (got ${JSON.stringify(value)})`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `must be a number (got ${JSON.stringify(value)})`;
  }
  if (value < spec.min || value > spec.max) return `must be between ${spec.min} and ${spec.max} (got ${value})`;
  if (spec.integer && !Number.isInteger(value)) return `must be a whole number (got ${value})`;
  return null;
}

export function defaultParams<S extends SimulatorId>(sim: S): ParamValues<S> {
  const specs = simulatorParams[sim] as Record<string, ParamSpec>;
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])) as ParamValues<S>;
}
