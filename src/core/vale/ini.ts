import { globMatches } from './glob';
import { VALE_LEVELS, type ValeLevel } from './types';

/** A `[glob]` section of `.vale.ini` (`[*]` included). */
export interface ValeSection {
  glob: string;
  basedOnStyles: string[];
  /** `Style.Rule = YES|NO` (a level counts as YES). */
  checks: Record<string, boolean>;
  /** `Style.Rule = suggestion|warning|error`. */
  levels: Record<string, ValeLevel>;
}

/** Vale hides suggestions unless `MinAlertLevel = suggestion` is set (its code defaults to warning). */
export const VALE_DEFAULT_MIN_LEVEL: ValeLevel = 'warning';

export interface ValeConfig {
  /** As written in the file; resolve it against the ini file's folder. */
  stylesPath?: string;
  /** As set in the file; Vale's own default when it is not set is `warning` (VALE_DEFAULT_MIN_LEVEL). */
  minAlertLevel?: ValeLevel;
  /** `Vocab = A, B`: folders under `<StylesPath>/config/vocabularies/`. */
  vocab: string[];
  /** `[formats]`: extension → the format it is read as (e.g. `mdx = md`). */
  formats: Record<string, string>;
  /** In file order; Vale applies `[*]` first, then every other matching section. */
  sections: ValeSection[];
  /** Settings read but not used by Parley (shown so nothing is silently ignored). */
  ignored: string[];
  /** Lines that could not be understood. */
  problems: string[];
}

const CORE_USED = new Set(['StylesPath', 'MinAlertLevel', 'Vocab', 'Project']);
const SECTION_IGNORED = new Set(['BlockIgnores', 'TokenIgnores', 'IgnorePatterns', 'Transform', 'Lang', 'CommentDelimiters']);

/** Parse `.vale.ini` text (INI with shadowed keys: repeated keys add up, `#`/`;` comments). */
export function parseValeIni(text: string): ValeConfig {
  const config: ValeConfig = { vocab: [], formats: {}, sections: [], ignored: [], problems: [] };
  let section: ValeSection | null = null;
  let inFormats = false;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      const name = header[1]!.trim();
      inFormats = name === 'formats';
      section = inFormats ? null : findOrAddSection(config, name);
      return;
    }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (!kv) {
      config.problems.push(`line ${index + 1}: expected "key = value" or "[section]"`);
      return;
    }
    const key = kv[1]!.trim();
    const value = unquote(stripComment(kv[2]!));
    if (inFormats) config.formats[key.replace(/^\./, '')] = value.replace(/^\./, '');
    else if (!section) readCore(config, key, value, index + 1);
    else readSection(config, section, key, value, index + 1);
  });
  return config;
}

function readCore(config: ValeConfig, key: string, value: string, line: number) {
  if (key === 'StylesPath') config.stylesPath = value;
  else if (key === 'MinAlertLevel') {
    const level = value.toLowerCase();
    if (isLevel(level)) config.minAlertLevel = level;
    else config.problems.push(`line ${line}: MinAlertLevel must be suggestion, warning or error`);
  } else if (key === 'Vocab' || key === 'Project') config.vocab.push(...list(value).filter((v) => !config.vocab.includes(v)));
  else if (!CORE_USED.has(key)) config.ignored.push(key);
}

function readSection(config: ValeConfig, section: ValeSection, key: string, value: string, line: number) {
  if (key === 'BasedOnStyles') {
    for (const style of list(value)) if (!section.basedOnStyles.includes(style)) section.basedOnStyles.push(style);
    return;
  }
  if (SECTION_IGNORED.has(key)) {
    config.ignored.push(`[${section.glob}] ${key}`);
    return;
  }
  if (!/^[^.\s]+\.[^.\s]+$/.test(key)) {
    config.ignored.push(`[${section.glob}] ${key}`);
    return;
  }
  const v = value.toLowerCase();
  if (v === 'yes' || v === 'true' || v === 'on') section.checks[key] = true;
  else if (v === 'no' || v === 'false' || v === 'off') section.checks[key] = false;
  else if (isLevel(v)) {
    section.checks[key] = true;
    section.levels[key] = v;
  } else config.problems.push(`line ${line}: ${key} must be YES, NO, suggestion, warning or error`);
}

function findOrAddSection(config: ValeConfig, glob: string): ValeSection {
  const existing = config.sections.find((s) => s.glob === glob);
  if (existing) return existing;
  const created: ValeSection = { glob, basedOnStyles: [], checks: {}, levels: {} };
  config.sections.push(created);
  return created;
}

/** What applies to one file: `[*]` first, then each matching section in file order (later wins). */
export interface FileSettings {
  styles: string[];
  checks: Record<string, boolean>;
  levels: Record<string, ValeLevel>;
}

export function settingsFor(config: ValeConfig, paths: readonly string[]): FileSettings {
  const ordered = [...config.sections.filter((s) => s.glob === '*'), ...config.sections.filter((s) => s.glob !== '*')];
  const out: FileSettings = { styles: [], checks: {}, levels: {} };
  for (const s of ordered) {
    if (s.glob !== '*' && !globMatches(s.glob, paths)) continue;
    for (const style of s.basedOnStyles) if (!out.styles.includes(style)) out.styles.push(style);
    Object.assign(out.checks, s.checks);
    for (const [id, on] of Object.entries(s.checks)) if (!on) delete out.levels[id];
    Object.assign(out.levels, s.levels);
  }
  return out;
}

/** Every style any section can use: for loading them once. */
export function stylesNamed(config: ValeConfig): string[] {
  const names = new Set<string>();
  for (const s of config.sections) {
    s.basedOnStyles.forEach((n) => names.add(n));
    for (const [id, on] of Object.entries(s.checks)) if (on) names.add(id.split('.')[0]!);
  }
  return [...names];
}

export function isLevel(v: string): v is ValeLevel {
  return (VALE_LEVELS as readonly string[]).includes(v);
}

const LEVEL_RANK: Record<ValeLevel, number> = { suggestion: 0, warning: 1, error: 2 };
export function levelAtLeast(level: ValeLevel, min: ValeLevel): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[min];
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => unquote(s.trim()))
    .filter(Boolean);
}

/** Inline comments need a space before `#` or `;` (Vale loads its ini that way). */
function stripComment(value: string): string {
  const m = /\s[#;]/.exec(value);
  return (m ? value.slice(0, m.index) : value).trim();
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value.trim());
  return m ? m[2]! : value.trim();
}
