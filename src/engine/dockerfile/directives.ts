// Parser directives (`# syntax=`, `# escape=`, `# check=`) and the escape token they set. BuildKit
// looks for them only at the very top: the first line that is not a `# key=value` comment for a
// known key (a blank line included) ends the search for good.

import type { Directive, EscapeToken } from './types.ts';

const DIRECTIVE_RE =
  /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
const KNOWN = new Set(['syntax', 'escape', 'check']);

export class DirectiveState {
  escapeToken: EscapeToken = '\\';
  readonly directives: Directive[] = [];
  private continuation = continuationRegExp('\\');
  private done = false;
  private readonly seen = new Set<string>();

  /**
   * Looks at one line (newline trimmed) as a possible directive. Returns an error message for a
   * repeated directive or a bad escape token, else undefined.
   */
  consider(line: string, lineNumber: number): string | undefined {
    if (this.done) return undefined;
    const match = DIRECTIVE_RE.exec(line);
    const key = match?.[1]?.toLowerCase();
    if (!match || !key || !KNOWN.has(key)) {
      this.done = true;
      return undefined;
    }
    if (this.seen.has(key)) return `only one ${key} parser directive can be used`;
    this.seen.add(key);

    const value = match[2]!;
    if (key === 'escape') {
      if (value !== '`' && value !== '\\') {
        return `invalid escape token '${value}' does not match \` or \\`;
      }
      this.escapeToken = value;
      this.continuation = continuationRegExp(value);
    }
    this.directives.push({
      name: key as Directive['name'],
      value,
      range: { startLine: lineNumber, endLine: lineNumber },
    });
    return undefined;
  }

  /**
   * Strips a trailing escape token (optionally followed by spaces or tabs) that continues the
   * line. An escaped escape token does not continue it.
   */
  trimContinuation(line: string): { line: string; endOfLine: boolean } {
    if (!this.continuation.test(line)) return { line, endOfLine: true };
    return { line: line.replace(this.continuation, '$1'), endOfLine: false };
  }
}

function continuationRegExp(token: EscapeToken): RegExp {
  const t = token === '\\' ? '\\\\' : '`';
  return new RegExp(`([^${t}])${t}[ \\t]*$|^${t}[ \\t]*$`);
}

/** Parses `# check=skip=A,B;error=true;experimental=all`. */
export interface CheckConfig {
  skip: string[];
  skipAll: boolean;
  error: boolean;
  experimental: string[];
  experimentalAll: boolean;
}

export function parseCheckDirective(value: string | undefined): CheckConfig | string {
  const config: CheckConfig = {
    skip: [],
    skipAll: false,
    error: false,
    experimental: [],
    experimentalAll: false,
  };
  const text = (value ?? '').trim();
  if (text === '') return config;

  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) return `invalid check option "${part}"`;
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip' || key === 'experimental') {
      const list = v === 'all' ? [] : v.split(',').map((rule) => rule.trim());
      if (key === 'skip') {
        config.skipAll = v === 'all';
        config.skip = list;
      } else {
        config.experimentalAll = v === 'all';
        config.experimental = list;
      }
    } else if (key === 'error') {
      const bool = parseGoBool(v);
      if (bool === undefined) {
        return `failed to parse check option "${part}": strconv.ParseBool: parsing "${v}": invalid syntax`;
      }
      config.error = bool;
    } else {
      return `invalid check option "${key}"`;
    }
  }
  return config;
}

function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}
