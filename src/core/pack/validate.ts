import type { z } from 'zod';
import { Pack, type Template } from './schema';
import { BUILTIN_VARIABLES, isBuiltinVariable, placeholderKeys } from '../templates/placeholders';
import { regexProblem, rulePatternIssues } from './regex-check';

export interface PackProblem {
  /** Where in the pack, e.g. `rules[3] "Parley.NoComment" › examples › bad`. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Validate untrusted pack JSON: schema first, then the cross-references a schema cannot express. */
export function validatePack(input: unknown): PackResult {
  const parsed = Pack.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(input, issue)) };
  }
  const problems = crossCheck(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

/** Parse pack text (a file's contents) with a clear message for broken JSON. */
export function validatePackText(text: string): PackResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return validatePack(json);
}

export function formatProblems(problems: PackProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): PackProblem {
  return { path: formatPath(input, issue.path), message: plainMessage(issue) };
}

/** Path segments joined for a brand lead: array items named by their id where they have one. */
export function formatPath(input: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(pack)';
  let node: unknown = input;
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') {
      node = Array.isArray(node) ? node[seg] : undefined;
      const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      out += `[${seg}]${typeof id === 'string' ? ` "${id}"` : ''}`;
    } else {
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
      out += `${out ? ' › ' : ''}${String(seg)}`;
    }
  }
  return out;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `should be ${article(issue.expected)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `unknown value; use one of ${issue.options.join(', ')}`
        : issue.message;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : issue.message;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Variables a body uses that nobody can fill, and declared placeholders the body never uses. */
function templateVariableProblems(t: Template, at: string): PackProblem[] {
  const used = placeholderKeys(t.body);
  const declared = new Set((t.placeholders ?? []).map((p) => p.key));
  const problems: PackProblem[] = [];
  for (const key of used) {
    if (!isBuiltinVariable(key) && !declared.has(key)) {
      problems.push({
        path: `${at} › body`,
        message: `template "${t.id}" uses {{${key}}}, which is neither built in (${BUILTIN_VARIABLES.join(', ')}) nor declared in its placeholders`,
      });
    }
  }
  (t.placeholders ?? []).forEach((p, j) => {
    if (!used.includes(p.key)) problems.push({ path: `${at} › placeholders[${j}]`, message: `template "${t.id}" declares "${p.key}" but its body never uses {{${p.key}}}` });
  });
  return problems;
}

function crossCheck(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const dupes = (section: 'rules' | 'templates' | 'escalations' | 'lessons', ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ path: `${section}[${i}] "${id}" › id`, message: 'this id is used twice' });
      seen.add(id);
    });
  };
  dupes('rules', pack.rules.map((r) => r.id));
  dupes('templates', pack.templates.map((t) => t.id));
  dupes('escalations', pack.escalations.map((e) => e.id));
  dupes('lessons', pack.lessons.map((l) => l.id));

  const lessonIds = new Set(pack.lessons.map((l) => l.id));
  const ruleIds = new Set(pack.rules.map((r) => r.id));
  const locales = new Set(pack.locales);
  const localeOk = (l: string) => locales.has(l) || locales.has(l.slice(0, 2));

  pack.rules.forEach((rule, i) => {
    const at = `rules[${i}] "${rule.id}"`;
    if (rule.lesson && !lessonIds.has(rule.lesson)) {
      problems.push({ path: `${at} › lesson`, message: `no lesson has the id "${rule.lesson}"` });
    }
    for (const l of rule.when?.locales ?? []) {
      if (!localeOk(l)) problems.push({ path: `${at} › when › locales`, message: `"${l}" is not in the pack's locales` });
    }
    for (const { field, problem } of rulePatternIssues(rule)) {
      problems.push({ path: `${at} › ${field}`, message: `rule ${rule.id}: ${problem}` });
    }
  });
  const shortcuts = new Map<string, string>();
  pack.templates.forEach((t, i) => {
    const at = `templates[${i}] "${t.id}"`;
    if (!localeOk(t.locale)) {
      problems.push({ path: `${at} › locale`, message: `"${t.locale}" is not in the pack's locales` });
    }
    if (t.shortcut) {
      const first = shortcuts.get(t.shortcut);
      if (first !== undefined) problems.push({ path: `${at} › shortcut`, message: `"${t.shortcut}" is also the shortcut of template "${first}"; each shortcut must be unique` });
      else shortcuts.set(t.shortcut, t.id);
    }
    problems.push(...templateVariableProblems(t, at));
  });
  pack.escalations.forEach((e, i) => {
    e.triggers.forEach((pattern, j) => {
      const problem = regexProblem(pattern);
      if (problem) problems.push({ path: `escalations[${i}] "${e.id}" › triggers[${j}]`, message: problem });
    });
  });
  pack.lessons.forEach((lesson, i) => {
    for (const id of lesson.rules ?? []) {
      if (!ruleIds.has(id)) problems.push({ path: `lessons[${i}] "${lesson.id}" › rules`, message: `no rule has the id "${id}"` });
    }
  });
  return problems;
}
