// The shapes the parser produces and the executor walks: a script is a list of and-or lists of
// pipelines of simple commands, which is all of bash's grammar a learner types at a prompt.

/** One piece of a word, remembering whether quotes protected it from splitting and globbing. */
export type WordPart =
  | { type: 'literal'; text: string; quoted: boolean }
  | { type: 'variable'; name: string; quoted: boolean; fallback?: VariableFallback }
  | { type: 'substitution'; source: string; quoted: boolean }
  | { type: 'tilde'; user: string }
  /** `${...}` bash cannot expand; reported when the command runs, as bash does. */
  | { type: 'bad-substitution'; text: string };

/** `${NAME:-word}` (use `word` when unset or empty) and `${NAME-word}` (only when unset). */
export interface VariableFallback {
  whenEmpty: boolean;
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
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
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

export type ParseResult =
  { ok: true; script: Script } | { ok: false; messages: string[]; status: number };
