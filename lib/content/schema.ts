/**
 * Frontmatter schemas of design and concept pages: the one definition that the build, the
 * simulators, the quiz and the estimates read. Cross-file checks (known slugs, sections, seeds)
 * live in load.ts; this file checks what one frontmatter block can check alone.
 */
import { z } from 'zod';
import { simulatorIds, simulatorParams, paramProblem, type ParamSpec } from '../sim/params';
import { UNIT_PATTERN } from '../estimate/units';
import { referenceNumber, referenceNumbers } from '../estimate/reference-numbers';

export { categories, difficulties, type Category, type Difficulty } from './taxonomy';
import { categories, difficulties } from './taxonomy';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug');

/** Where a number or fact comes from: a seed question ("001#3"), a named part of seed 002
 * ("002 Module 6", "002 Instagram"), or "assumed" when no source gives it. */
export const origin = z
  .string()
  .regex(/^(assumed|00[0-4]#\d+|002 [A-Z][\w &./-]*)$/, 'must be "assumed", "00N#<number>" or "002 <part>"');

/** A figure in YAML may be written 200000000, 2e8 or "2e8"; all are read as numbers. */
const figure = z.preprocess(
  (v) => (typeof v === 'string' && /^[-+]?[\d_.]+(e[-+]?\d+)?$/i.test(v.trim()) ? Number(v.replace(/_/g, '')) : v),
  z.number().finite(),
);

export const estimateSchema = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase name usable in formulas'),
    label: z.string().min(3),
    value: figure.optional(),
    formula: z.string().min(1).optional(),
    /** The id of a reference number (lib/estimate/reference-numbers.ts) whose value this input takes. */
    reference: z.string().optional(),
    unit: z.string().regex(UNIT_PATTERN, 'must be a unit such as B, iB, B/day, req/s, users, %, x, ms').optional(),
    origin: origin.optional(),
    /** What a seed printed when it differs from the right figure; the page shows the correction. */
    seedValue: figure.optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const kinds = [e.value, e.formula, e.reference].filter((k) => k !== undefined).length;
    if (kinds !== 1) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of value, formula or reference', path: ['value'] });
    }
    if (e.reference !== undefined) {
      const ref = referenceNumber(e.reference);
      if (!ref) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown reference number "${e.reference}" (known: ${referenceNumbers.map((r) => r.id).join(', ')})`,
          path: ['reference'],
        });
      } else if (e.unit !== undefined && e.unit !== ref.unit) {
        ctx.addIssue({ code: 'custom', message: `"${e.unit}" differs from the unit of reference "${ref.id}" ("${ref.unit}"); leave unit out`, path: ['unit'] });
      }
      if (e.origin !== undefined) {
        ctx.addIssue({ code: 'custom', message: "a reference number's origin is its source; leave origin out", path: ['origin'] });
      }
      if (e.seedValue !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'seedValue belongs on a figure a seed printed, not on a reference number', path: ['seedValue'] });
      }
      return;
    }
    if (e.unit === undefined) ctx.addIssue({ code: 'custom', message: 'unit is required (except on a reference number)', path: ['unit'] });
    if (e.value !== undefined && e.origin === undefined) {
      ctx.addIssue({ code: 'custom', message: 'an input value needs an origin (a seed, or "assumed")', path: ['origin'] });
    }
    if (e.seedValue !== undefined && e.origin === undefined) {
      ctx.addIssue({ code: 'custom', message: 'seedValue needs the origin of the seed that printed it', path: ['origin'] });
    }
  });
export type Estimate = z.infer<typeof estimateSchema>;

/** A preset parameter: a literal with its origin, or the value of one of the page's estimates. */
const presetParam = z.union([
  z.object({ value: z.union([figure, z.string()]), origin }).strict(),
  z.object({ estimate: z.string(), scale: z.number().positive().optional() }).strict(),
]);
export type PresetParam = z.infer<typeof presetParam>;

export const simulatorPresetSchema = z
  .object({
    sim: z.enum(simulatorIds as [string, ...string[]]),
    id: slug,
    title: z.string().min(5),
    /** Which part of the design the simulator stands for ("short-code shards", "per-user API limit"). */
    models: z.string().min(10),
    params: z.record(z.string(), presetParam),
  })
  .strict()
  .superRefine((p, ctx) => {
    const specs = simulatorParams[p.sim as keyof typeof simulatorParams] as Record<string, ParamSpec>;
    for (const [name, param] of Object.entries(p.params)) {
      const spec = specs[name];
      if (!spec) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown parameter of ${p.sim} (known: ${Object.keys(specs).join(', ')})`,
          path: ['params', name],
        });
        continue;
      }
      if ('value' in param) {
        const problem = paramProblem(spec, param.value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['params', name, 'value'] });
      }
    }
  });
export type SimulatorPreset = z.infer<typeof simulatorPresetSchema>;

const quizBase = {
  id: slug,
  prompt: z.string().min(10),
  /** The id of the heading whose section the item tests, e.g. "capacity-estimates". */
  section: slug,
};

export const quizItemSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...quizBase,
      type: z.literal('mcq'),
      choices: z.array(z.string().min(1)).min(3).max(6),
      answer: z.number().int().nonnegative(),
      explanation: z.string().min(20),
    })
    .strict()
    .refine((q) => q.answer < q.choices.length, { message: 'answer is not the index of a choice', path: ['answer'] })
    .refine((q) => new Set(q.choices).size === q.choices.length, { message: 'choices repeat', path: ['choices'] }),
  z
    .object({
      ...quizBase,
      type: z.literal('flashcard'),
      answer: z.string().min(10),
      explanation: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...quizBase,
      type: z.literal('numeric'),
      /** A literal answer, or the id of the estimate whose value is the answer. With an estimate,
       * the prompt may write other estimates as {id}: they show the page's (or the reader's) value. */
      answer: figure.optional(),
      estimate: z.string().optional(),
      unit: z.string().regex(UNIT_PATTERN, 'must be a unit such as B, B/day, req/s, users'),
      /** Accepted relative error: 0.25 accepts answers within 25% of the right one. */
      tolerance: z.number().positive().max(10),
      explanation: z.string().min(20),
    })
    .strict()
    .refine((q) => (q.answer === undefined) !== (q.estimate === undefined), {
      message: 'give exactly one of answer or estimate',
      path: ['answer'],
    }),
]);
export type QuizItem = z.infer<typeof quizItemSchema>;

export const sourceSchema = z
  .object({
    seed: z.enum(['000', '001', '002', '003', '004']),
    number: z.number().int().positive(),
  })
  .strict();
export type SourceRef = z.infer<typeof sourceSchema>;

const uniqueBy =
  <T>(key: (t: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} "${k}"`, path: [i] });
      seen.add(k);
    });
  };

export const designFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(20).max(220),
    category: z.enum(categories),
    difficulty: z.enum(difficulties),
    tags: z.array(slug).min(1).max(10),
    sources: z.array(sourceSchema).min(1),
    concepts: z.array(slug).min(2),
    related: z.array(slug).default([]),
    estimates: z
      .array(estimateSchema)
      .min(1)
      .superRefine(uniqueBy((e) => e.id, 'estimate id')),
    simulators: z
      .array(simulatorPresetSchema)
      .min(1)
      .superRefine(uniqueBy((p) => p.id, 'preset id')),
    quiz: z
      .array(quizItemSchema)
      .min(6)
      .superRefine(uniqueBy((q) => q.id, 'quiz id')),
  })
  .strict();
export type DesignFrontmatter = z.infer<typeof designFrontmatterSchema>;

export const conceptFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(20).max(220),
    tags: z.array(slug).max(10).default([]),
    /** Seed passages the concept draws on, in the seedmap's notation ("002 Module 2", "003#45"). */
    sources: z.array(origin).default([]),
    related: z.array(slug).default([]),
    estimates: z
      .array(estimateSchema)
      .default([])
      .superRefine(uniqueBy((e) => e.id, 'estimate id')),
    simulators: z
      .array(simulatorPresetSchema)
      .default([])
      .superRefine(uniqueBy((p) => p.id, 'preset id')),
    quiz: z
      .array(quizItemSchema)
      .min(3)
      .superRefine(uniqueBy((q) => q.id, 'quiz id')),
  })
  .strict();
export type ConceptFrontmatter = z.infer<typeof conceptFrontmatterSchema>;

/** Required h2 sections, in order. */
export const designSections = [
  'Requirements',
  'Capacity estimates',
  'API',
  'Data model',
  'High-level architecture',
  'Deep dives',
  'Trade-offs and alternatives',
  'Follow-up questions',
] as const;
export const requirementSubsections = ['Functional', 'Non-functional'] as const;
export const conceptSections = ['Definition', 'How it works', 'Trade-offs'] as const;
