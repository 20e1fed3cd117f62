// The parser's compound commands and the syntax problems it reports, worded per shell by
// dialect.ts: bash 5.2, dash 0.5.12 and busybox 1.37 ash, under `-c` and in a script.

import { describe, expect, it } from 'vitest';
import { syntaxMessages, TERMINAL_DIALECT, type Dialect } from '../dialect.ts';
import { parse } from './parser.ts';

function kinds(input: string) {
  const result = parse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.script.map((list) => list.first.commands.map((command) => command.type).join('|'));
}

function messages(input: string, dialect: Dialect, bash = dialect.flavour === 'bash') {
  const result = parse(input, { bash });
  if (result.ok) throw new Error('parsed');
  return syntaxMessages(dialect, result.problem, input);
}

const dashC: Dialect = { flavour: 'dash', name: 'sh', interactive: false, line: 1 };
const ashC: Dialect = { flavour: 'ash', name: 'sh', interactive: false, line: 1 };
const bashC: Dialect = { flavour: 'bash', name: 'bash', interactive: false, line: 1 };

describe('parse: compound commands', () => {
  it('recognises each compound command and function definitions', () => {
    expect(
      kinds(
        'if a; then b; fi; for i in 1 2; do c; done; while d; do e; done; until f; do g; done\n' +
          'case x in y) h;; esac; { i; }; ( j ); k() { l; }; [[ -n m ]]; n | while o; do p; done',
      ),
    ).toEqual([
      'if',
      'for',
      'loop',
      'loop',
      'case',
      'group',
      'subshell',
      'function',
      'cond',
      'simple|loop',
    ]);
  });

  it('reads reserved words only where a command starts', () => {
    expect(kinds('echo if then done; for x do echo; done')).toEqual(['simple', 'for']);
    expect(kinds('echo "fi"')).toEqual(['simple']);
  });

  it('spreads a command over lines and keeps the lines before an error', () => {
    const result = parse('echo one\necho two\nfi\necho three');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'token', token: 'fi', line: 3 } });
    expect(result.ok ? [] : result.before).toHaveLength(2);
  });
});

describe('syntax errors per shell', () => {
  it('words an unexpected keyword', () => {
    expect(messages('done', TERMINAL_DIALECT)).toEqual([
      "bash: syntax error near unexpected token `done'",
    ]);
    expect(messages('done', bashC)).toEqual([
      "bash: -c: line 1: syntax error near unexpected token `done'",
      "bash: -c: line 1: `done'",
    ]);
    expect(messages('done', dashC)).toEqual(['sh: 1: Syntax error: "done" unexpected']);
    expect(messages('done', ashC)).toEqual(['sh: syntax error: unexpected "done"']);
  });

  it('says what dash and busybox expected', () => {
    expect(messages('for i in 1; echo; done', dashC)).toEqual([
      'sh: 1: Syntax error: word unexpected (expecting "do")',
    ]);
    expect(messages('if true; fi', ashC)).toEqual([
      'sh: syntax error: unexpected "fi" (expecting "then")',
    ]);
    expect(messages('while true\ndo echo', dashC)).toEqual([
      'sh: 2: Syntax error: end of file unexpected (expecting "done")',
    ]);
    expect(messages('case x in a) echo', ashC)).toEqual([
      'sh: syntax error: unexpected end of file (expecting ";;")',
    ]);
  });

  it('words unterminated quotes', () => {
    expect(messages('echo "abc', dashC)).toEqual([
      'sh: 1: Syntax error: Unterminated quoted string',
    ]);
    expect(messages("echo 'abc", ashC)).toEqual(['sh: syntax error: unterminated quoted string']);
  });

  it('names the script and line inside a script', () => {
    const script = (flavour: Dialect['flavour']): Dialect => ({
      flavour,
      name: 'sh',
      interactive: false,
      line: 1,
      script: './build.sh',
    });
    const input = 'echo ok\nfi';
    expect(messages(input, script('dash'))).toEqual([
      './build.sh: 2: ./build.sh: Syntax error: "fi" unexpected',
    ]);
    expect(messages(input, script('ash'))).toEqual([
      './build.sh: line 2: syntax error: unexpected "fi"',
    ]);
    expect(messages(input, script('bash'))).toEqual([
      "./build.sh: line 2: syntax error near unexpected token `fi'",
      "./build.sh: line 2: `fi'",
    ]);
  });

  it('reads [[ as a plain word outside bash', () => {
    expect(parse('[[ a == b ]]', { bash: false })).toMatchObject({ ok: true });
    expect(kinds('[[ a == b ]]')).toEqual(['cond']);
  });
});
