// Variable substitution and quote removal as BuildKit's shell lexer does them.

import { describe, expect, it } from 'vitest';
import { envFromRecord, processWord, type LexOptions } from './lex.ts';

const env = envFromRecord({
  FOO: 'foo',
  EMPTY: '',
  PATH: '/usr/local/bin:/usr/bin',
  FILE: 'a.tar.gz',
  V: 'banana',
  SP: 'd e',
});

function word(text: string, options: LexOptions = {}) {
  const result = processWord(text, env, options);
  if (!result.ok) throw new Error(result.error);
  return result.result;
}

function fails(text: string): string {
  const result = processWord(text, env);
  if (result.ok) throw new Error(`expected ${text} to fail`);
  return result.error;
}

describe('processWord', () => {
  it.each([
    ['$FOO', 'foo'],
    ['${FOO}', 'foo'],
    ['pre-${FOO}-post', 'pre-foo-post'],
    ['$FOO_bar', ''],
    ['${UNSET}x', 'x'],
    ['${FOO:-def}', 'foo'],
    ['${EMPTY:-def}', 'def'],
    ['${UNSET:-def}', 'def'],
    ['${EMPTY-def}', ''],
    ['${UNSET-def}', 'def'],
    ['${FOO:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${FOO}}', 'foo'],
    ['${FOO:?}', 'foo'],
    ['${PATH#*:}', '/usr/bin'],
    ['${PATH##*/}', 'bin'],
    ['${FILE%.*}', 'a.tar'],
    ['${FILE%%.*}', 'a'],
    ['${V/an/AN}', 'bANana'],
    ['${V//an/AN}', 'bANANa'],
    ['$1$@$$', ''],
    ['cost: $', 'cost: $'],
    ['\\$FOO', '$FOO'],
    ["'$FOO'", '$FOO'],
    ['"$FOO"', 'foo'],
    ['"a\\"b"', 'a"b'],
    ['"a\\nb"', 'a\\nb'],
    ['a\\nb', 'anb'],
    ['"it\'s"', "it's"],
  ])('%s -> %j', (text, expected) => {
    expect(word(text)).toBe(expected);
  });

  it('uses the escape directive token', () => {
    expect(word('`$FOO', { escapeToken: '`' })).toBe('$FOO');
    expect(word('c:\\$FOO', { escapeToken: '`' })).toBe('c:\\foo');
  });

  it('splits words after substitution, keeping quoted spaces', () => {
    const result = processWord('a "b c" $SP', env);
    expect(result.ok && result.words).toEqual(['a', 'b c', 'd', 'e']);
  });

  it('reports the variables it found and those it did not', () => {
    const result = processWord('$FOO ${MISSING:-x} "$OTHER" $FOO', env);
    expect(result.ok && [result.matched, result.unmatched]).toEqual([
      ['FOO'],
      ['MISSING', 'OTHER'],
    ]);
  });

  it('can leave unset variables as written', () => {
    expect(word('$A/${B}/${C:-x}/$FOO', { skipUnsetEnv: true })).toBe('$A/${B}/${C:-x}/foo');
  });

  it.each([
    ['${}', 'syntax error: bad substitution'],
    ['${:x}', 'syntax error: bad substitution'],
    ['${', "syntax error: missing '}'"],
    ['${FOO:-x', "syntax error: missing '}'"],
    ['${FOO:#x}', 'unsupported modifier (:#) in substitution'],
    ['${FOO!}', 'unsupported modifier (!) in substitution'],
    ['${UNSET:?}', 'UNSET: is not allowed to be unset'],
    ['${EMPTY:?}', 'EMPTY: is not allowed to be empty'],
    ['${UNSET?set it first}', 'UNSET: set it first'],
    ['${V/a}', "syntax error: missing '/' in ${}"],
    ["'open", 'unexpected end of statement while looking for matching single-quote'],
    ['"open', 'unexpected end of statement while looking for matching double-quote'],
  ])('%s fails', (text, message) => {
    expect(fails(text)).toBe(`failed to process ${JSON.stringify(text)}: ${message}`);
  });
});
