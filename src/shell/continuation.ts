// How bash saves a command typed over several lines as one history entry (its `cmdhist`
// option): lines joined by `; `, or by a space after a word that a `;` may not follow (`then`,
// `do`, `{`, `|`, `&&`…), and by a newline inside quotes.

const NO_SEMICOLON = /(?:^|[\s;|&(){}])(?:then|do|else|elif|in|\{|\(|\||&&|\|\||;;?)$|[;|&(]$/;

export function joinHistory(lines: readonly string[], inQuotes: readonly boolean[]): string {
  let entry = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const before = entry.trimEnd();
    if (inQuotes[i - 1]) entry += '\n' + line;
    else if (line.trim() === '') continue;
    else if (before === '' || NO_SEMICOLON.test(before)) entry = `${before} ${line.trimStart()}`;
    else entry = `${before}; ${line.trimStart()}`;
  }
  return entry;
}
