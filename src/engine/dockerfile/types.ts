// The typed Dockerfile AST that parseDockerfile hands to the builder, the linter and the editor.
// Every node carries its 1-based line range; values are as written (quotes and `$VAR` intact),
// because BuildKit expands them only when an instruction is dispatched.

export type EscapeToken = '\\' | '`';

/** Inclusive, 1-based physical lines. A continued or heredoc instruction spans several. */
export interface LineRange {
  startLine: number;
  endLine: number;
}

/** One line's columns, 1-based, end exclusive. */
export interface Span {
  line: number;
  startColumn: number;
  endColumn: number;
}

export type InstructionName =
  | 'ADD'
  | 'ARG'
  | 'CMD'
  | 'COPY'
  | 'ENTRYPOINT'
  | 'ENV'
  | 'EXPOSE'
  | 'FROM'
  | 'HEALTHCHECK'
  | 'LABEL'
  | 'MAINTAINER'
  | 'ONBUILD'
  | 'RUN'
  | 'SHELL'
  | 'STOPSIGNAL'
  | 'USER'
  | 'VOLUME'
  | 'WORKDIR';

export interface Directive {
  name: 'syntax' | 'escape' | 'check';
  value: string;
  range: LineRange;
}

export interface Heredoc {
  /** The delimiter word with quotes removed (`EOF` for `<<"EOF"`). */
  name: string;
  fileDescriptor: number;
  /** False when any part of the delimiter was quoted: the body is then taken literally. */
  expand: boolean;
  /** `<<-`: leading tabs are stripped from the body and the terminator. */
  chomp: boolean;
  /** The body as read, line endings included, before any tab stripping. */
  content: string;
}

/** Exec form (a JSON array) or shell form (one string for the SHELL, `/bin/sh -c` by default). */
export type CommandLine = { form: 'exec'; args: string[] } | { form: 'shell'; command: string };

/** A key and value as written. `legacy` marks the whitespace-separated `ENV key value` form. */
export interface KeyValue {
  key: string;
  value: string;
  legacy: boolean;
}

/** A `--name=value` builder flag as written; `value` is undefined for a bare `--name`. */
export interface BuilderFlag {
  name: string;
  value: string | undefined;
  raw: string;
}

interface InstructionBase<N extends InstructionName> {
  name: N;
  /** The keyword as written: `from`, `Copy`, `RUN`. */
  keyword: string;
  range: LineRange;
  keywordSpan: Span;
  /** The logical line after joining continuations, trimmed (BuildKit's source code string). */
  original: string;
  flags: BuilderFlag[];
}

export interface FromInstruction extends InstructionBase<'FROM'> {
  image: string;
  /** Lower-cased, as BuildKit stores it. */
  stageName?: string;
  stageNameAsWritten?: string;
  /** The `AS` keyword as written, for casing checks. */
  asKeyword?: string;
  platform?: string;
}

export interface RunMount {
  /** `bind` (the default), `cache`, `tmpfs`, `secret` or `ssh`. */
  type: string;
  /** Every `key=value` field in order; a bare field such as `readonly` has value `true`. */
  options: Array<{ key: string; value: string | true }>;
  raw: string;
}

export interface RunInstruction extends InstructionBase<'RUN'> {
  command: CommandLine;
  mounts: RunMount[];
  network?: string;
  security?: string;
  devices: string[];
  heredocs: Heredoc[];
}

export interface CmdInstruction extends InstructionBase<'CMD'> {
  command: CommandLine;
}

export interface EntrypointInstruction extends InstructionBase<'ENTRYPOINT'> {
  command: CommandLine;
}

export interface ShellInstruction extends InstructionBase<'SHELL'> {
  shell: string[];
}

export interface LabelInstruction extends InstructionBase<'LABEL'> {
  pairs: KeyValue[];
}

export interface EnvInstruction extends InstructionBase<'ENV'> {
  pairs: KeyValue[];
}

export interface MaintainerInstruction extends InstructionBase<'MAINTAINER'> {
  maintainer: string;
}

export interface ExposeInstruction extends InstructionBase<'EXPOSE'> {
  /** As written, sorted by byte order like BuildKit's parser does. */
  ports: string[];
}

/** A heredoc used as a COPY/ADD source: a file named after the delimiter. */
export interface HeredocSource {
  path: string;
  data: string;
  expand: boolean;
}

export interface AddInstruction extends InstructionBase<'ADD'> {
  sources: string[];
  heredocSources: HeredocSource[];
  destination: string;
  json: boolean;
  chown?: string;
  chmod?: string;
  link: boolean;
  keepGitDir: boolean;
  checksum?: string;
  /** Undefined unless `--unpack` was given. */
  unpack?: boolean;
  excludes: string[];
}

export interface CopyInstruction extends InstructionBase<'COPY'> {
  sources: string[];
  heredocSources: HeredocSource[];
  destination: string;
  json: boolean;
  from?: string;
  chown?: string;
  chmod?: string;
  link: boolean;
  parents: boolean;
  excludes: string[];
}

export interface VolumeInstruction extends InstructionBase<'VOLUME'> {
  paths: string[];
  json: boolean;
}

export interface UserInstruction extends InstructionBase<'USER'> {
  user: string;
}

export interface WorkdirInstruction extends InstructionBase<'WORKDIR'> {
  path: string;
}

export interface ArgDefinition {
  key: string;
  /** Undefined for `ARG NAME` without a default. */
  value?: string;
}

export interface ArgInstruction extends InstructionBase<'ARG'> {
  args: ArgDefinition[];
}

export interface OnbuildInstruction extends InstructionBase<'ONBUILD'> {
  /** The trigger's source text, which a child build parses and runs first. */
  expression: string;
  /** The trigger's keyword as written (`RUN`, `COPY`). */
  triggerKeyword: string;
}

export interface StopsignalInstruction extends InstructionBase<'STOPSIGNAL'> {
  signal: string;
}

export interface HealthcheckOptions {
  /** Durations in nanoseconds (0 when unset), with the text as written. */
  interval: number;
  timeout: number;
  startPeriod: number;
  startInterval: number;
  retries: number;
}

export interface HealthcheckInstruction extends InstructionBase<'HEALTHCHECK'> {
  /** Docker's `Test`: `["NONE"]`, `["CMD", ...args]` or `["CMD-SHELL", command]`. */
  test: string[];
  command?: CommandLine;
  options?: HealthcheckOptions;
}

export type Instruction =
  | FromInstruction
  | RunInstruction
  | CmdInstruction
  | EntrypointInstruction
  | ShellInstruction
  | LabelInstruction
  | EnvInstruction
  | MaintainerInstruction
  | ExposeInstruction
  | AddInstruction
  | CopyInstruction
  | VolumeInstruction
  | UserInstruction
  | WorkdirInstruction
  | ArgInstruction
  | OnbuildInstruction
  | StopsignalInstruction
  | HealthcheckInstruction;

export interface Stage {
  /** Position in the file, 0-based: what `COPY --from=0` refers to. */
  index: number;
  /** Lower-cased `AS` name, if any. */
  name?: string;
  baseImage: string;
  platform?: string;
  from: FromInstruction;
  /** The instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  /** From the FROM line to the stage's last instruction. */
  range: LineRange;
}

export interface Dockerfile {
  escapeToken: EscapeToken;
  directives: Directive[];
  /** `# syntax=` value, if any. Berth builds with its built-in frontend either way. */
  syntax?: string;
  /** ARG instructions before the first FROM. */
  globalArgs: ArgInstruction[];
  stages: Stage[];
  /** Every instruction in file order, global ARGs and FROMs included. */
  instructions: Instruction[];
  lineCount: number;
}
