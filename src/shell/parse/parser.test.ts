import { describe, expect, it } from 'vitest';
import { syntaxMessages, TERMINAL_DIALECT } from '../dialect.ts';
import type { Command, SimpleCommand, Word } from './ast.ts';
import { parse } from './parser.ts';

function script(input: string) {
  const result = parse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.script;
}

function simple(command: Command | undefined): SimpleCommand {
  if (command?.type !== 'simple') throw new Error(`not a simple command: ${command?.type}`);
  return command;
}

/** The words of the first command, with their parts written compactly. */
function words(input: string): string[] {
  return simple(script(input)[0]!.first.commands[0]).words.map(show);
}

function show(word: Word): string {
  return word.parts
    .map((part) => {
      switch (part.type) {
        case 'literal':
          return part.quoted ? `'${part.text}'` : part.text;
        case 'variable': {
          const modifier = part.modifier
            ? `${part.modifier.operator}${show(part.modifier.word)}`
            : '';
          return `${part.quoted ? 'q' : ''}$${part.name}${modifier}`;
        }
        case 'length':
          return `$#${part.name}`;
        case 'arithmetic':
          return `$((${part.expression.raw}))`;
        case 'substitution':
          return `${part.quoted ? 'q' : ''}$(${part.source})`;
        case 'tilde':
          return `~${part.user}`;
        case 'bad-substitution':
          return `bad${part.text}`;
      }
    })
    .join('|');
}

/** The parse as the learner's terminal reports it. */
function errors(input: string) {
  const result = parse(input);
  if (result.ok) return result;
  return {
    ok: false,
    messages: syntaxMessages(TERMINAL_DIALECT, result.problem, input),
    status: 2,
  };
}

describe('parse: words and quoting', () => {
  it('splits on blanks and keeps quoted text together', () => {
    expect(words(`echo  a   'b c'  "d e"`)).toEqual(['echo', 'a', "'b c'", "'d e'"]);
  });

  it('treats a backslash as quoting the next character', () => {
    expect(words('echo a\\ b \\$x')).toEqual(['echo', "a|' '|b", "'$'|x"]);
  });

  it('keeps everything literal inside single quotes', () => {
    expect(words(`echo '$HOME \\n "x"'`)).toEqual(['echo', `'$HOME \\n "x"'`]);
  });

  it('expands variables inside double quotes and honours their escapes', () => {
    expect(words('echo "a $USER \\$x \\"q\\" \\n"')).toEqual(['echo', `'a '|q$USER|' $x "q" \\n'`]);
  });

  it('records $VAR, ${VAR}, $?, defaults and bad substitutions', () => {
    expect(words('echo $HOME ${USER}x $? ${X:-dflt} ${a b}')).toEqual([
      'echo',
      '$HOME',
      '$USER|x',
      '$?',
      '$X:-dflt',
      'bad${a b}',
    ]);
    expect(words('echo $ a$')).toEqual(['echo', '$', 'a$']);
  });

  it('records command substitutions, nested and quoted', () => {
    expect(words('docker run -v "$(pwd)":/app x')).toEqual([
      'docker',
      'run',
      '-v',
      `''|q$(pwd)|:/app`,
      'x',
    ]);
    expect(words('echo $(echo $(pwd) ")") `date`')).toEqual([
      'echo',
      '$(echo $(pwd) ")")',
      '$(date)',
    ]);
  });

  it('marks a leading tilde only', () => {
    expect(words('ls ~ ~/app ~root a~ "~"')).toEqual(['ls', '~', '~|/app', '~root', 'a~', "'~'"]);
  });

  it('drops comments that start a word', () => {
    expect(words('echo a#b # the rest')).toEqual(['echo', 'a#b']);
    expect(script('# only a comment')).toEqual([]);
  });
});

describe('parse: operators and structure', () => {
  it('builds lists, and-or chains and pipelines', () => {
    const [first, second] = script('a | b |& c && d || e; f');
    expect(first!.first.commands).toHaveLength(3);
    expect(first!.first.stderrPiped).toEqual([false, true]);
    expect(first!.rest.map((item) => item.operator)).toEqual(['&&', '||']);
    expect(simple(second!.first.commands[0]).words.map(show)).toEqual(['f']);
  });

  it('reads redirections with their descriptors', () => {
    const command = simple(script('cmd > out 2>> log < in 2>&1 &> all')[0]!.first.commands[0]);
    expect(command.redirects.map((r) => `${r.fd}${r.operator}${show(r.target)}`)).toEqual([
      '1>out',
      '2>>log',
      '0<in',
      '2>&1',
      '1&>all',
    ]);
    expect(command.words.map(show)).toEqual(['cmd']);
  });

  it('separates NAME=value prefixes from the command', () => {
    const command = simple(script('A=1 B="x y" env C=3')[0]!.first.commands[0]);
    expect(command.assignments.map((a) => `${a.name}=${show(a.value)}`)).toEqual([
      'A=1',
      "B='x y'",
    ]);
    expect(command.words.map(show)).toEqual(['env', 'C=3']);
    const bare = simple(script('X=~/bin')[0]!.first.commands[0]);
    expect(bare.words).toEqual([]);
    expect(show(bare.assignments[0]!.value)).toBe('~|/bin');
  });

  it('treats newlines as separators and reads ! as negation', () => {
    expect(script('a\nb\n')).toHaveLength(2);
    expect(script('! false')[0]!.first.negated).toBe(true);
  });
});

describe('parse: syntax errors in bash wording', () => {
  const near = (token: string) => ({
    ok: false,
    messages: [`bash: syntax error near unexpected token \`${token}'`],
    status: 2,
  });

  it('names the unexpected token', () => {
    expect(errors('| ls')).toEqual(near('|'));
    expect(errors('ls | | wc')).toEqual(near('|'));
    expect(errors('ls && && x')).toEqual(near('&&'));
    expect(errors('; ls')).toEqual(near(';'));
    expect(errors('ls ;; x')).toEqual(near(';;'));
    expect(errors('echo >')).toEqual(near('newline'));
    expect(errors('echo > ; x')).toEqual(near(';'));
    expect(errors('echo (')).toEqual(near('('));
    expect(errors('ls )')).toEqual(near(')'));
  });

  it('reports an unfinished line as an unexpected end of file', () => {
    const end = { ok: false, messages: ['bash: syntax error: unexpected end of file'], status: 2 };
    expect(errors('ls |')).toEqual(end);
    expect(errors('ls &&')).toEqual(end);
    expect(errors('ls ||')).toEqual(end);
  });

  it('reports unterminated quotes and substitutions', () => {
    for (const [input, closer] of [
      ['echo "abc', '"'],
      ["echo 'abc", "'"],
      ['echo $(pwd', ')'],
      ['echo `pwd', '`'],
      ['echo ${HOME', '}'],
    ]) {
      expect(errors(input!)).toEqual({
        ok: false,
        messages: [
          `bash: unexpected EOF while looking for matching \`${closer}'`,
          'bash: syntax error: unexpected end of file',
        ],
        status: 2,
      });
    }
  });

  it('says plainly what it does not support', () => {
    expect(errors('sleep 1 &')).toEqual({
      ok: false,
      messages: ['berth: background jobs (&) are not supported in this terminal'],
      status: 2,
    });
    expect(errors('cat <<EOF')).toMatchObject({ ok: false, status: 2 });
  });
});
