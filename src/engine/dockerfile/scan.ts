// BuildKit's first pass (parser.Parse): physical lines to logical instructions. It strips the BOM,
// reads parser directives, drops comment lines, joins continuations (skipping comment and empty
// lines inside them, the latter with a NoEmptyContinuation warning), and reads heredoc bodies.
// It hands raw nodes with their line ranges to the instruction pass.

import { DirectiveState } from './directives.ts';
import { heredocsInLine } from './heredoc.ts';
import { parseNode, type RawNode } from './nodes.ts';
import { trimLeftSpace, trimNewline } from './text.ts';
import type { Directive, EscapeToken, Heredoc, LineRange, Span } from './types.ts';

export interface ScannedNode extends RawNode {
  range: LineRange;
  keywordSpan: Span;
  heredocs: Heredoc[];
  /** Comment lines directly above the instruction (BuildKit's PrevComment). */
  comments: string[];
}

export interface ScanResult {
  nodes: ScannedNode[];
  escapeToken: EscapeToken;
  directives: Directive[];
  /** Instructions that had empty lines inside a continuation: the joined text and its last line. */
  emptyContinuations: Array<{ line: string; range: LineRange }>;
  lineCount: number;
  error?: { message: string; range: LineRange };
}

const MAX_LINE_BYTES = 65536;
const HEREDOC_COMMANDS = new Set(['add', 'copy', 'run']);

/** Physical lines with their endings, the way bufio.Scanner with BuildKit's splitter yields them. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function isComment(line: string): boolean {
  return trimLeftSpace(line).startsWith('#');
}

export function scanDockerfile(text: string): ScanResult {
  const lines = splitLines(text);
  const state = new DirectiveState();
  const nodes: ScannedNode[] = [];
  const emptyContinuations: ScanResult['emptyContinuations'] = [];
  let comments: string[] = [];
  let index = 0;
  const result = (error?: ScanResult['error']): ScanResult => ({
    nodes,
    escapeToken: state.escapeToken,
    directives: state.directives,
    emptyContinuations,
    lineCount: lines.length,
    ...(error ? { error } : {}),
  });
  const at = (start: number, end = start) => ({ startLine: start, endLine: Math.max(start, end) });

  while (index < lines.length) {
    if (utf8Length(lines[index]!) > MAX_LINE_BYTES) return tooLong(result, index);
    let raw = lines[index]!;
    if (index === 0 && raw.startsWith('\ufeff')) raw = raw.slice(1);
    const startLine = ++index;

    const first = trimLeftSpace(trimNewline(raw));
    if (isComment(raw)) {
      const comment = raw.slice(1).trim();
      comments = comment === '' ? [] : [...comments, comment];
    }
    const directiveError = state.consider(first, startLine);
    if (directiveError) return result({ message: directiveError, range: at(startLine) });
    if (isComment(raw) && isDirectiveLine(state, startLine)) comments.pop();

    let { line, endOfLine } = state.trimContinuation(isComment(first) ? '' : first);
    if (endOfLine && line === '') continue;

    let hasEmptyContinuation = false;
    while (!endOfLine && index < lines.length) {
      if (utf8Length(lines[index]!) > MAX_LINE_BYTES) return tooLong(result, index);
      const next = lines[index++]!;
      const body = trimNewline(next);
      const err = state.consider(body, index);
      if (err) return result({ message: err, range: at(index) });
      if (isComment(next)) continue;
      if (trimLeftSpace(body) === '') {
        hasEmptyContinuation = true;
        continue;
      }
      const trimmed = state.trimContinuation(body);
      endOfLine = trimmed.endOfLine;
      line += trimmed.line;
    }
    if (hasEmptyContinuation) emptyContinuations.push({ line, range: at(index) });

    const parsed = parseNode(line, state.escapeToken);
    if (!parsed.ok) return result({ message: parsed.error, range: at(startLine, index) });
    const node = parsed.node;

    const heredocs: Heredoc[] = [];
    if (canContainHeredoc(node) && line.includes('<<')) {
      for (const declared of heredocsInLine(line)) {
        let content = '';
        let terminated = false;
        while (index < lines.length) {
          const bodyLine = lines[index++]!;
          let candidate = trimNewline(bodyLine);
          if (declared.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === declared.name) {
            terminated = true;
            break;
          }
          content += bodyLine;
        }
        if (!terminated)
          return result({ message: 'unterminated heredoc', range: at(startLine, index) });
        heredocs.push({ ...declared, content });
      }
    }

    nodes.push({
      ...node,
      range: at(startLine, index),
      keywordSpan: keywordSpan(raw, node.keyword, startLine),
      heredocs,
      comments,
    });
    comments = [];
  }

  if (nodes.length === 0) {
    return result({ message: 'file with no instructions', range: at(Math.max(lines.length, 1)) });
  }
  return result();
}

function tooLong(result: (error?: ScanResult['error']) => ScanResult, index: number): ScanResult {
  const line = Math.max(index, 1);
  return result({
    message: `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`,
    range: { startLine: line, endLine: line },
  });
}

function isDirectiveLine(state: DirectiveState, line: number): boolean {
  const last = state.directives[state.directives.length - 1];
  return last !== undefined && last.range.startLine === line;
}

function canContainHeredoc(node: RawNode): boolean {
  let target = node;
  if (node.keyword.toLowerCase() === 'onbuild' && node.child) target = node.child;
  return HEREDOC_COMMANDS.has(target.keyword.toLowerCase()) && !target.json;
}

function keywordSpan(raw: string, keyword: string, line: number): Span {
  const startColumn = raw.length - trimLeftSpace(raw).length + 1;
  const visible = trimNewline(raw).length + 1;
  return { line, startColumn, endColumn: Math.min(startColumn + keyword.length, visible) };
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}
