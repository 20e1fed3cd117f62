// The shapes the parser produces and the executor walks: a script is a list of and-or lists of
// pipelines; a pipeline joins simple commands, the POSIX compound commands (if, for, while,
// until, case, { }, ( )), bash's [[ ]] and function definitions.

/** One piece of a word, remembering whether quotes protected it from splitting and globbing. */
export type WordPart =
  | { type: 'literal'; text: string; quoted: boolean }
  | { type: 'variable'; name: string; quoted: boolean; modifier?: VariableModifier }
  | { type: 'length'; name: string; quoted: boolean }
  | { type: 'substitution'; source: string; quoted: boolean }
  | { type: 'arithmetic'; expression: Word; quoted: boolean }
  | { type: 'tilde'; user: string }
  /** `${...}` bash cannot expand; reported when the command runs, as bash does. */
  | { type: 'bad-substitution'; text: string };

/**
 * `${NAME:-word}` and the other POSIX parameter expansions: `-`, `=`, `+`, `?` (with `:` they
 * also treat an empty value as unset) and the `#`, `##`, `%`, `%%` pattern removals.
 */
export type ModifierOperator =
  '-' | ':-' | '=' | ':=' | '+' | ':+' | '?' | ':?' | '#' | '##' | '%' | '%%';

export interface VariableModifier {
  operator: ModifierOperator;
  word: Word;
}

export interface Word {
  parts: WordPart[];
  /** The word as typed, for messages such as "ambiguous redirect". */
  raw: string;
}

export interface Assignment {
  name: string;
  value: Word;
}

/** `>&` and `<&` duplicate a descriptor; `&>` and `&>>` send both stdout and stderr. */
export type RedirectOperator = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>';

export interface Redirect {
  fd: number;
  operator: RedirectOperator;
  target: Word;
}

export interface SimpleCommand {
  type: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
  /** Line of the input the command starts on, from 1 (for `line 3:` in messages). */
  line: number;
}

export interface CaseItem {
  patterns: Word[];
  body: Script;
}

/** Bash's `[[ … ]]`: tests joined by `&&`, `||`, `!` and parentheses. */
export type CondExpression =
  | { type: 'and' | 'or'; left: CondExpression; right: CondExpression }
  | { type: 'not'; operand: CondExpression }
  | { type: 'unary'; operator: string; operand: Word }
  | { type: 'binary'; operator: string; left: Word; right: Word }
  | { type: 'word'; word: Word };

export type CompoundBody =
  | { type: 'group'; body: Script }
  | { type: 'subshell'; body: Script }
  | { type: 'if'; clauses: { condition: Script; body: Script }[]; otherwise: Script | null }
  /** `items` null: `for NAME; do`, over the positional parameters. */
  | { type: 'for'; name: string; items: Word[] | null; body: Script }
  | { type: 'loop'; until: boolean; condition: Script; body: Script }
  | { type: 'case'; subject: Word; items: CaseItem[] }
  /** Bash's `(( expression ))`: true when the value is not 0. */
  | { type: 'arith'; expression: Word }
  /** Bash's `for (( init; test; step ))`. */
  | { type: 'arith-for'; init: Word; test: Word; step: Word; body: Script }
  | { type: 'cond'; expression: CondExpression };

export type CompoundCommand = CompoundBody & { redirects: Redirect[]; line: number };

export interface FunctionDefinition {
  type: 'function';
  name: string;
  body: CompoundCommand;
  line: number;
}

export type Command = SimpleCommand | CompoundCommand | FunctionDefinition;

export interface Pipeline {
  commands: Command[];
  /** `!` before the pipeline inverts its status. */
  negated: boolean;
  /** For each command but the last: true when joined by `|&` (stderr goes down the pipe too). */
  stderrPiped: boolean[];
}

export interface AndOrList {
  first: Pipeline;
  rest: { operator: '&&' | '||'; pipeline: Pipeline }[];
}

export type Script = AndOrList[];

/** On failure, `before` holds the complete lines ahead of the error, which a script runs. */
export type ParseResult =
  { ok: true; script: Script } | { ok: false; problem: SyntaxProblem; before: Script };

/** What a shell's syntax error is about; dialect.ts words it as bash, dash or busybox do. */
export type SyntaxProblem =
  | {
      kind: 'token';
      /** The token as typed, `newline` for a line break. */
      token: string;
      /** dash and busybox call any plain word `word`. */
      tokenKind: 'word' | 'keyword' | 'operator' | 'newline';
      expecting?: string | undefined;
      line: number;
    }
  /** The input ended inside a command; an interactive shell asks for more instead. */
  | { kind: 'end'; expecting?: string | undefined; line: number }
  | { kind: 'unterminated'; closer: string; line: number }
  /** Syntax a shell accepts but Berth does not run: said plainly rather than half-done. */
  | { kind: 'unsupported'; what: string; line: number };
