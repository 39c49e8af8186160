/**
 * Reading and validating data a host page gives a widget (a `config` or `data`
 * property, a `<script type="application/json">` child, a fetched feed).
 * Validation uses valibot schemas; every problem names the field it is about,
 * so a web team can find it in their JSON. No DOM here: the JSON child is read
 * by `JsonChild` (json-child.ts).
 */
import * as v from 'valibot';

export interface DataProblem {
  /** Dotted path to the field, e.g. `scenarios.2.lifetimeYears`; empty for the whole value. */
  readonly path: string;
  readonly message: string;
}

export type DataResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly DataProblem[] };

/** Validates `input` against `schema`, turning valibot issues into path + message pairs. */
export function validate<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): DataResult<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      path: v.getDotPath(issue) ?? '',
      message: issue.message,
    })),
  };
}

/** One line per problem: `scenarios.2.lifetimeYears: Invalid value: Expected >=1 but received 0`. */
export function formatProblems(problems: readonly DataProblem[]): string {
  return problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join('\n');
}

/** Parses JSON text, saying where it breaks instead of throwing. */
export function parseJson(text: string): DataResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `Not valid JSON: ${(error as Error).message}` }],
    };
  }
}
