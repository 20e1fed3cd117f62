// Field splitting on IFS, shared by expansion and `read`: runs of IFS white space (space, tab,
// newline) delimit once, each other IFS character delimits on its own (so `a::b` with IFS=:
// has an empty field in the middle). An empty IFS splits nothing.

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** Pieces of `value` between delimiters, like String.split: '' first when it starts with one. */
export function splitOnIfs(value: string, ifs: string): string[] {
  if (ifs === '') return [value];
  const white = [...ifs].filter((char) => ' \t\n'.includes(char)).join('');
  const hard = [...ifs].filter((char) => !' \t\n'.includes(char)).join('');
  const w = white ? `[${escapeClass(white)}]` : '';
  const alternatives: string[] = [];
  if (hard) alternatives.push(`${w ? w + '*' : ''}[${escapeClass(hard)}]${w ? w + '*' : ''}`);
  if (w) alternatives.push(`${w}+`);
  return value.split(new RegExp(alternatives.join('|')));
}

/** Whether a character is IFS white space, which `read` trims from both ends. */
export function isIfsWhite(char: string, ifs: string): boolean {
  return ' \t\n'.includes(char) && ifs.includes(char);
}
