/**
 * Reads a data file of the report (content/figures.yaml, content/charts.yaml)
 * as an editor saved it: UTF-8, then YAML, then a list of entries checked
 * against their schema, each value kept with its place in the file, so that a
 * rule one value breaks names the line and column to fix.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LineCounter, isSeq, parseDocument, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { decodeSource } from './content-files';

export interface DataEntries {
  /** The file as messages name it, relative to the project root. */
  file: string;
  entries: unknown[];
  /** "file:line:column" of the value at `path` (an entry's index, then its keys), or of the nearest enclosing value written. */
  at(path: readonly PropertyKey[]): string;
}

/** Entries with no file behind them (unit tests): every place is the file's name. */
export function dataEntries(file: string, entries: unknown[]): DataEntries {
  return { file, entries, at: () => file };
}

/** YAML's own words, with what an editor usually did wrong. */
function yamlProblem(error: YAMLError): string {
  const message = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  if (error.code === 'DUPLICATE_KEY') return `${message}: a key is written twice in one entry; keep one`;
  return `YAML cannot read this: ${message}. Check the indentation (two spaces per level, no tabs) and put text that holds ": ", " #" or starts with a symbol in "double quotes"`;
}

/**
 * The entries of the file at `path` (from the working directory) and their places, named
 * relative to `root`; problems (encoding, YAML, not a list) go to `errors`.
 */
export function readDataFile(path: string, root = process.cwd()): DataEntries & { errors: string[] } {
  const file = relative(root, resolve(path));
  const decoded = decodeSource(file, readFileSync(path));
  if ('error' in decoded) return { ...dataEntries(file, []), errors: [decoded.error] };

  const lines = new LineCounter();
  const doc = parseDocument(decoded.source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const place = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const at = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return place(node.range[0]);
    }
    return `${file}:1:1`;
  };
  const errors = doc.errors.map((error) => `${place(error.pos[0])}: ${yamlProblem(error)}`);
  if (errors.length > 0) return { file, entries: [], at, errors };
  if (doc.contents !== null && !isSeq(doc.contents)) {
    return { file, entries: [], at, errors: [`${file}:1:1: expected a list of entries, each starting with "- id:" at the start of a line`] };
  }
  return { file, entries: (doc.toJS() as unknown[] | null) ?? [], at, errors: [] };
}

/** The value an editor wrote at a path, as they wrote it. */
export function foundValue(raw: unknown, path: readonly PropertyKey[]): string {
  const value = path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), raw);
  return value === null || value === undefined ? 'nothing' : JSON.stringify(value);
}

/** What the schema wanted, in an editor's words ("Invalid input: expected number, received string" → "expected number"). */
export function expectedText(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' ? `expected ${(issue as { expected?: string }).expected ?? 'another kind of value'}` : issue.message.replace(/^Invalid (input|string): ?/, '');
}

/**
 * The entries that match `schema`, each with its index in the file, and a
 * message per value that does not: 'content/figures.yaml:42:10: figure
 * "rd-expenses": its "value" is wrong: expected number, found "twelve"'.
 */
export function validEntries<T extends { id: string }>(
  data: DataEntries,
  schema: z.ZodType<T>,
  kind: string,
  errors: string[],
): { entry: T; index: number }[] {
  const valid: { entry: T; index: number }[] = [];
  const seen = new Map<string, number>();
  data.entries.forEach((input, index) => {
    const checked = schema.safeParse(input);
    if (!checked.success) {
      const name = (input as { id?: unknown })?.id ?? `#${index + 1}`;
      for (const issue of checked.error.issues) {
        const path = issue.path.map(String).join('.');
        const found = foundValue(input, issue.path);
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            errors.push(`${data.at([index, ...issue.path, key])}: ${kind} "${String(name)}": "${key}" is not a key a ${kind} takes; correct its name (see the other entries) or remove it`);
          }
          continue;
        }
        const what = !path
          ? `this is not an entry: expected lines such as "id: …" under its "- ", found ${found}`
          : found === 'nothing' && issue.code === 'invalid_type'
            ? `has no "${path}"; add it (see the other entries for its form)`
            : `its "${path}" is wrong: ${expectedText(issue)}, found ${found}`;
        errors.push(`${data.at([index, ...issue.path])}: ${kind} "${String(name)}": ${what}`);
      }
      return;
    }
    const first = seen.get(checked.data.id);
    if (first !== undefined) {
      errors.push(`${data.at([index, 'id'])}: the ${kind} id "${checked.data.id}" is already used at ${data.at([first, 'id'])}; give this ${kind} an id of its own`);
      return;
    }
    seen.set(checked.data.id, index);
    valid.push({ entry: checked.data, index });
  });
  return valid;
}
