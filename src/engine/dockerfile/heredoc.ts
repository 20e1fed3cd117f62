// Heredoc words (`<<EOF`, `<<-EOF`, `3<<"EOF"`) in RUN, COPY and ADD. BuildKit lexes the line with
// `\` as the escape whatever the escape directive says, and a `<<` must start a word: `cat<<EOF`
// is not a heredoc.

import { envFromEntries, processWord } from './lex.ts';
import type { Heredoc } from './types.ts';

const HEREDOC_RE = /^(\d*)<<(-?)\s*([^<]*)$/;
const NO_ENV = envFromEntries([]);

/** A heredoc declared by one word, or undefined when the word is not one. */
export function parseHeredocWord(word: string): Omit<Heredoc, 'content'> | undefined {
  const match = HEREDOC_RE.exec(word);
  if (!match) return undefined;
  const rest = match[3]!;
  if (rest === '') return undefined;

  const plain = processWord(rest, NO_ENV, { skipUnsetEnv: true });
  if (!plain.ok || plain.words.length !== 1) return undefined;
  const raw = processWord(rest, NO_ENV, { skipUnsetEnv: true, rawQuotes: true });
  if (!raw.ok || raw.words.length !== 1) return undefined;

  // Quotes anywhere in the delimiter switch expansion off: compare the quote counts with and
  // without quote removal.
  const name = plain.words[0]!;
  const expand = countQuotes(name) === countQuotes(raw.words[0]!);
  return {
    name,
    fileDescriptor: match[1] === '' ? 0 : Number(match[1]),
    expand,
    chomp: match[2] === '-',
  };
}

function countQuotes(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === "'" || ch === '"') n++;
  return n;
}

/** Every heredoc declared on a logical line, in order. */
export function heredocsInLine(line: string): Array<Omit<Heredoc, 'content'>> {
  const lexed = processWord(line, NO_ENV, {
    rawQuotes: true,
    rawEscapes: true,
    skipUnsetEnv: true,
  });
  if (!lexed.ok) return [];
  const out: Array<Omit<Heredoc, 'content'>> = [];
  for (const word of lexed.words) {
    const heredoc = parseHeredocWord(word);
    if (heredoc) out.push(heredoc);
  }
  return out;
}

/** `<<-` bodies lose their leading tabs when used. */
export function chompHeredoc(content: string): string {
  return content.replace(/^\t+/gm, '');
}
