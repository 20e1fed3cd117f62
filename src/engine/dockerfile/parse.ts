// parseDockerfile: Dockerfile text to the typed AST, or the error BuildKit would stop the build
// with, worded and located as BuildKit does. Errors are returned, never thrown. Checks that
// BuildKit reports while parsing come back as `findings`; lintDockerfile adds the rest.

import { parseCheckDirective, type CheckConfig } from './directives.ts';
import { buildInstruction } from './instructions.ts';
import type { CheckWarning } from './rules.ts';
import { MESSAGES, warning } from './rules.ts';
import { scanDockerfile } from './scan.ts';
import type { ArgInstruction, Dockerfile, Instruction, LineRange, Stage } from './types.ts';

export type DockerfileErrorCode =
  /** A zero-byte Dockerfile. */
  | 'EMPTY_DOCKERFILE'
  /** A bad `# check=` directive. */
  | 'INVALID_CHECK_OPTIONS'
  /** Found while reading lines: directives, JSON arrays, ENV/LABEL syntax, heredocs. */
  | 'SYNTAX'
  /** An instruction BuildKit rejects: `dockerfile parse error on line N: ...`. */
  | 'INSTRUCTION'
  /** An instruction other than ARG before the first FROM. */
  | 'NO_BUILD_STAGE'
  /** Only global ARGs, no FROM. */
  | 'NO_STAGES';

export interface DockerfileError {
  code: DockerfileErrorCode;
  /** BuildKit's whole message, as printed after `ERROR: failed to solve: `. */
  message: string;
  /** Lines the CLI marks with `>>>`; absent where BuildKit gives no location. */
  range?: LineRange;
}

export type ParseResult =
  | { ok: true; dockerfile: Dockerfile; findings: CheckWarning[]; check: CheckConfig }
  | { ok: false; error: DockerfileError; findings: CheckWarning[] };

export function parseDockerfile(text: string): ParseResult {
  const findings: CheckWarning[] = [];
  const fail = (code: DockerfileErrorCode, message: string, range?: LineRange): ParseResult => ({
    ok: false,
    error: range ? { code, message, range } : { code, message },
    findings,
  });
  if (text.length === 0) return fail('EMPTY_DOCKERFILE', 'the Dockerfile cannot be empty');

  const scan = scanDockerfile(text);
  const check = parseCheckDirective(scan.directives.find((d) => d.name === 'check')?.value);
  if (typeof check === 'string') {
    return fail('INVALID_CHECK_OPTIONS', `failed to parse check options: ${check}`);
  }
  if (scan.error) return fail('SYNTAX', scan.error.message, scan.error.range);

  for (const empty of scan.emptyContinuations) {
    findings.push(warning('NoEmptyContinuation', MESSAGES.NoEmptyContinuation(), empty.range));
  }

  const instructions: Instruction[] = [];
  const globalArgs: ArgInstruction[] = [];
  const stages: Stage[] = [];
  for (const node of scan.nodes) {
    const built = buildInstruction(node, findings);
    if (typeof built === 'string') {
      const message = `dockerfile parse error on line ${node.range.startLine}: ${built}`;
      return fail('INSTRUCTION', message, node.range);
    }
    instructions.push(built);

    const current = stages[stages.length - 1];
    if (built.name === 'FROM') {
      stages.push({
        index: stages.length,
        ...(built.stageName ? { name: built.stageName } : {}),
        baseImage: built.image,
        ...(built.platform ? { platform: built.platform } : {}),
        from: built,
        instructions: [],
        range: { ...built.range },
      });
    } else if (!current && built.name === 'ARG') {
      globalArgs.push(built);
    } else if (!current) {
      return fail('NO_BUILD_STAGE', 'no build stage in current context', node.range);
    } else {
      current.instructions.push(built);
      current.range.endLine = built.range.endLine;
    }
  }
  if (stages.length === 0) return fail('NO_STAGES', 'dockerfile contains no stages to build');

  const syntax = scan.directives.find((d) => d.name === 'syntax')?.value;
  const dockerfile: Dockerfile = {
    escapeToken: scan.escapeToken,
    directives: scan.directives,
    ...(syntax !== undefined ? { syntax } : {}),
    globalArgs,
    stages,
    instructions,
    lineCount: scan.lineCount,
  };
  return { ok: true, dockerfile, findings, check };
}
