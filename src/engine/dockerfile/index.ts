// The Dockerfile front half's public facade, listed by hand: parsing to a typed AST with
// BuildKit's errors, build checks, variable expansion, .dockerignore matching, the CLI's way of
// printing all of these, and hover help for the editor. The build executor consumes these.

export { parseDockerfile } from './parse.ts';
export type { DockerfileError, DockerfileErrorCode, ParseResult } from './parse.ts';
export type * from './types.ts';
export { lintDockerfile } from './lint.ts';
export type { LintOptions, LintResult } from './lint.ts';
export type { Platform } from './lint-context.ts';
export { RULES, MESSAGES } from './rules.ts';
export type { CheckWarning, RuleInfo, RuleName } from './rules.ts';
export { RULE_DOCS } from './rule-docs.ts';
export type { CheckConfig } from './directives.ts';
export { processWord, envFromRecord, envFromEntries } from './lex.ts';
export type { EnvLookup, LexOptions, LexResult } from './lex.ts';
export { expandInstruction, expandWord, FROM_VARIABLE_ERROR } from './expand.ts';
export type { ExpandResult } from './expand.ts';
export { chompHeredoc } from './heredoc.ts';
export {
  readDockerignore,
  compileDockerignore,
  parseDockerignore,
  cleanPath,
} from './dockerignore.ts';
export type { IgnoreMatcher, IgnoreResult } from './dockerignore.ts';
export {
  formatBuildError,
  formatBuildWarnings,
  formatCheckReport,
  formatSourceSnippet,
  formatWarningShort,
  sortForCheck,
} from './format.ts';
export { INSTRUCTION_HELP, instructionHelp } from './hover.ts';
export type { InstructionHelp } from './hover.ts';
export { INSTRUCTION_NAMES } from './instructions.ts';
export { dumpParseResult, dumpInstruction, dumpWarning } from './dump.ts';
export { parseGoDuration, formatGoDuration } from './duration.ts';
