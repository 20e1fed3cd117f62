// A small fmt.Sprintf for the `printf` template function: the verbs docker users reach for
// (%s %v %d %q %t %x %f %%) with Go's flags, width and precision, and Go's wording for
// mismatches (`%!d(string=abc)`, `%!s(MISSING)`, `%!(EXTRA string=x)`).

import { goTypeName, printGo } from './go-values.ts';

function pad(text: string, width: number | undefined, left: boolean, zero: boolean): string {
  if (width === undefined || text.length >= width) return text;
  const fill = (zero && !left ? '0' : ' ').repeat(width - text.length);
  if (zero && !left && /^[-+]/.test(text)) return text[0] + fill + text.slice(1);
  return left ? text + fill : fill + text;
}

function quote(text: string): string {
  return JSON.stringify(text).replace(
    /\\u([0-9a-f]{4})/g,
    (_, hex: string) => `\\x${hex.slice(2)}`,
  );
}

function formatOne(verb: string, value: unknown, flags: string, precision?: number): string {
  const bad = () => `%!${verb}(${goTypeName(value)}=${printGo(value)})`;
  switch (verb) {
    case 'v':
    case 's': {
      if (
        verb === 's' &&
        typeof value !== 'string' &&
        !Array.isArray(value) &&
        typeof value !== 'object'
      ) {
        return bad();
      }
      const text = value === undefined || value === null ? '<nil>' : printGo(value);
      return precision === undefined ? text : [...text].slice(0, precision).join('');
    }
    case 'q':
      return typeof value === 'string' ? quote(value) : bad();
    case 't':
      return typeof value === 'boolean' ? String(value) : bad();
    case 'd':
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad();
      return (flags.includes('+') && value >= 0 ? '+' : '') + String(value);
    case 'x':
    case 'X': {
      const hex =
        typeof value === 'number'
          ? value.toString(16)
          : typeof value === 'string'
            ? [...value].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('')
            : undefined;
      if (hex === undefined) return bad();
      return verb === 'X' ? hex.toUpperCase() : hex;
    }
    case 'f':
      return typeof value === 'number' ? value.toFixed(precision ?? 6) : bad();
    default:
      return `%!${verb}(${goTypeName(value)}=${printGo(value)})`;
  }
}

export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let next = 0;
  const spec = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;
  let last = 0;
  for (let match = spec.exec(format); match; match = spec.exec(format)) {
    out += format.slice(last, match.index);
    last = spec.lastIndex;
    const [, flags = '', width, precision, verb = ''] = match;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (next >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const text = formatOne(
      verb,
      args[next++],
      flags,
      precision === undefined ? undefined : Number(precision),
    );
    out += pad(
      text,
      width === undefined ? undefined : Number(width),
      flags.includes('-'),
      flags.includes('0'),
    );
  }
  out += format.slice(last);
  if (next < args.length) {
    const extra = args.slice(next).map((arg) => `${goTypeName(arg)}=${printGo(arg)}`);
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}
