// One logical line to a raw node: the keyword, the leading `--flags`, and the arguments split the
// way BuildKit's line parsers split them for that keyword (JSON arrays, whitespace words, key/value
// pairs, or the rest of the line). Unknown keywords still parse; the instruction pass rejects them.

import {
  goQuote,
  isSpace,
  splitWhitespace,
  splitWhitespaceOnce,
  trimLeftSpace,
  trimSpace,
} from './text.ts';
import type { EscapeToken } from './types.ts';

export interface RawNode {
  keyword: string;
  flags: string[];
  /** BuildKit's nodeArgs: ENV/LABEL give key, value, separator triples; ONBUILD the trigger's. */
  args: string[];
  json: boolean;
  /** The trigger of ONBUILD. */
  child?: RawNode;
  original: string;
}

export type NodeResult = { ok: true; node: RawNode } | { ok: false; error: string };

const NOT_STRINGS = 'when using JSON array syntax, arrays must be comprised of strings only';

type LineParser = (rest: string, escape: EscapeToken) => Parsed | string;
interface Parsed {
  args: string[];
  json: boolean;
  child?: RawNode;
}

export function parseNode(line: string, escape: EscapeToken): NodeResult {
  const trimmed = trimSpace(line);
  const [keyword = '', afterKeyword] = splitWhitespaceOnce(trimmed);
  let flags: string[] = [];
  let rest = '';
  if (afterKeyword !== undefined) {
    const extracted = extractFlags(afterKeyword);
    flags = extracted.flags;
    rest = trimSpace(extracted.rest);
  }

  const parser = LINE_PARSERS[keyword.toLowerCase()] ?? (() => ({ args: [], json: false }));
  const parsed = parser(rest, escape);
  if (typeof parsed === 'string') return { ok: false, error: parsed };
  return { ok: true, node: { keyword, flags, original: line, ...parsed } };
}

/** Leading words that start with `--` are builder flags; quotes in them are removed. */
function extractFlags(line: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && isSpace(line[pos]!)) pos++;
    if (pos >= line.length) return { rest: '', flags };
    if (!line.startsWith('--', pos)) return { rest: line.slice(pos), flags };

    let word = '';
    let blankOk = false;
    let quote = '';
    for (; pos < line.length; pos++) {
      let ch = line[pos]!;
      if (quote) {
        if (ch === quote) {
          quote = '';
          continue;
        }
      } else {
        if (isSpace(ch)) break;
        if (ch === "'" || ch === '"') {
          quote = ch;
          blankOk = true;
          continue;
        }
      }
      if (ch === '\\') {
        if (pos + 1 === line.length) {
          quote = '';
          continue;
        }
        ch = line[++pos]!;
      }
      word += ch;
    }
    if (word === '--') return { rest: pos >= line.length ? '' : line.slice(pos), flags };
    if (blankOk || word.length > 0) flags.push(word);
  }
}

/** Words separated by whitespace, quotes and escapes kept for later expansion. */
export function parseWords(rest: string, escape: EscapeToken): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let blankOk = false;
  let quote = '';
  const chars = Array.from(rest);
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i]!;
    if (!inWord && !quote) {
      if (isSpace(ch)) continue;
      inWord = true;
    }
    if (!quote) {
      if (isSpace(ch)) {
        if (blankOk || word.length > 0) words.push(word);
        word = '';
        blankOk = false;
        inWord = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOk = true;
      } else if (ch === escape) {
        if (i + 1 === chars.length) continue;
        word += ch;
        ch = chars[++i]!;
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      quote = '';
    } else if (ch === escape && quote !== "'") {
      if (i + 1 === chars.length) {
        quote = '';
        continue;
      }
      word += ch;
      ch = chars[++i]!;
    }
    word += ch;
  }
  if ((inWord || quote) && (blankOk || word.length > 0)) words.push(word);
  return words;
}

function parseJSONArray(rest: string): Parsed | string | undefined {
  const text = trimLeftSpace(rest);
  if (!text.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  if (!value.every((item) => typeof item === 'string')) return NOT_STRINGS;
  return { args: value as string[], json: true };
}

const maybeJSON: LineParser = (rest) => {
  if (rest === '') return { args: [], json: false };
  return parseJSONArray(rest) ?? { args: [rest], json: false };
};

const maybeJSONToList: LineParser = (rest) =>
  parseJSONArray(rest) ?? whitespaceDelimited(rest, '\\');

const whitespaceDelimited: LineParser = (rest) => ({
  args: rest === '' ? [] : splitWhitespace(rest),
  json: false,
});

const wholeRest: LineParser = (rest) => ({ args: rest === '' ? [] : [rest], json: false });

const nameOrNameValue: LineParser = (rest, escape) => ({
  args: parseWords(rest, escape),
  json: false,
});

function nameValue(instruction: string): LineParser {
  return (rest, escape) => {
    const words = parseWords(rest, escape);
    if (words.length === 0) return { args: [], json: false };
    if (!words[0]!.includes('=')) {
      const parts = splitWhitespaceOnce(rest);
      if (parts.length < 2) return `${instruction} must have two arguments`;
      return { args: [parts[0]!, parts[1]!, ''], json: false };
    }
    const args: string[] = [];
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq < 0) {
        return `Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`;
      }
      args.push(word.slice(0, eq), word.slice(eq + 1), '=');
    }
    return { args, json: false };
  };
}

const healthConfig: LineParser = (rest, escape) => {
  let sep = 0;
  while (sep < rest.length && !isSpace(rest[sep]!)) sep++;
  if (sep === 0) return { args: [], json: false };
  let next = sep;
  while (next < rest.length && isSpace(rest[next]!)) next++;
  const command = maybeJSON(rest.slice(next), escape);
  if (typeof command === 'string') return command;
  return { args: [rest.slice(0, sep), ...command.args], json: command.json };
};

const subCommand: LineParser = (rest, escape) => {
  if (rest === '') return { args: [], json: false };
  const child = parseNode(rest, escape);
  if (!child.ok) return child.error;
  return { args: [child.node.keyword, ...child.node.args], json: false, child: child.node };
};

const LINE_PARSERS: Record<string, LineParser> = {
  add: maybeJSONToList,
  arg: nameOrNameValue,
  cmd: maybeJSON,
  copy: maybeJSONToList,
  entrypoint: maybeJSON,
  env: nameValue('ENV'),
  expose: whitespaceDelimited,
  from: whitespaceDelimited,
  healthcheck: healthConfig,
  label: nameValue('LABEL'),
  maintainer: wholeRest,
  onbuild: subCommand,
  run: maybeJSON,
  shell: maybeJSON,
  stopsignal: wholeRest,
  user: wholeRest,
  volume: maybeJSONToList,
  workdir: wholeRest,
};
