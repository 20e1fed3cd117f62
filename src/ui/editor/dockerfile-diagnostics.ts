// Dockerfile help in the editor: parse errors and BuildKit's build-check warnings as markers,
// explained in the learner's language, and hover help for every instruction.

import {
  instructionHelp,
  lintDockerfile,
  parseDockerfile,
  RULE_DOCS,
  type CheckWarning,
} from '../../engine/dockerfile/index.ts';
import type { Language } from '../../i18n/index.ts';

export interface Diagnostic {
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
  severity: 'error' | 'warning';
  message: string;
  code?: string;
  url?: string;
}

function explain(warning: CheckWarning, lang: Language): string {
  const doc = RULE_DOCS[warning.rule as keyof typeof RULE_DOCS];
  const why = doc ? doc[lang] : '';
  return why ? `${warning.message}\n\n${why}` : warning.message;
}

/** Everything worth marking in `text`, with 1-based lines as Monaco counts them. */
export function diagnoseDockerfile(text: string, lang: Language, lineLength: (line: number) => number): Diagnostic[] {
  const parsed = parseDockerfile(text);
  const whole = (start: number, end: number) => ({
    startLine: start,
    endLine: end,
    startColumn: 1,
    endColumn: lineLength(end) + 1,
  });
  if (!parsed.ok) {
    const range = parsed.error.range ?? { startLine: 1, endLine: 1 };
    return [
      {
        ...whole(range.startLine, range.endLine),
        severity: 'error',
        message: parsed.error.message,
      },
    ];
  }
  const { warnings, error } = lintDockerfile(parsed);
  const found: Diagnostic[] = warnings.map((warning) => ({
    ...whole(warning.range.startLine, warning.range.endLine),
    severity: 'warning',
    message: explain(warning, lang),
    code: warning.rule,
    url: warning.url,
  }));
  if (error) {
    const range = error.range ?? { startLine: 1, endLine: 1 };
    found.push({ ...whole(range.startLine, range.endLine), severity: 'error', message: error.message });
  }
  return found;
}

/** Markdown hover text for the instruction keyword `word`, or undefined. */
export function hoverForInstruction(word: string, lang: Language): string | undefined {
  const help = instructionHelp(word);
  if (!help) return undefined;
  return `**${help.name}**\n\n\`\`\`dockerfile\n${help.syntax.join('\n')}\n\`\`\`\n\n${help.summary[lang]}`;
}
