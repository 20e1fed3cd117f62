// The formatting engine of `printf`: backslash escapes, and conversions %s %b %c %d %i %u %o
// %x %X %e %f %g %% with flags (- + space 0 #), width and precision (either may be `*`). The
// format is reused while arguments remain, as coreutils and bash do.

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  "'": "'",
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Interprets the escape at `text[i]` (just after a backslash). `inArgument` for %b, where
 * octal is `\0NNN` and `\c` stops all output. Returns the text and how many characters it used.
 */
export function escapeAt(text: string, i: number, inArgument: boolean) {
  const char = text[i];
  if (char === undefined) return { out: '\\', used: 0, stop: false };
  if (char in ESCAPES) return { out: ESCAPES[char]!, used: 1, stop: false };
  if (char === 'c' && inArgument) return { out: '', used: 1, stop: true };
  const octal = (inArgument ? /^0[0-7]{0,3}/ : /^[0-7]{1,3}/).exec(text.slice(i));
  if (octal) {
    const digits = inArgument ? octal[0].slice(1) : octal[0];
    return {
      out: String.fromCharCode(parseInt(digits || '0', 8) & 0xff),
      used: octal[0].length,
      stop: false,
    };
  }
  const hex = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i));
  if (hex)
    return { out: String.fromCharCode(parseInt(hex[1]!, 16)), used: hex[0].length, stop: false };
  return { out: '\\' + char, used: 1, stop: false };
}

function expandEscapes(text: string, inArgument: boolean) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') {
      out += text[i];
      continue;
    }
    const escape = escapeAt(text, i + 1, inArgument);
    out += escape.out;
    i += escape.used;
    if (escape.stop) return { text: out, stop: true };
  }
  return { text: out, stop: false };
}

export interface FormatIssues {
  /** An argument that is not a number, for `printf: x: invalid number`. */
  invalidNumber(text: string): void;
}

/** A number argument: decimal, 0x hex, 0 octal, or `'c` for a character's code. */
function toNumber(text: string, issues: FormatIssues, float: boolean): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (/^['"]/.test(trimmed)) return trimmed.codePointAt(1) ?? 0;
  if (float && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(trimmed)) return Number.parseInt(trimmed, 16);
  if (/^[-+]?0[0-7]+$/.test(trimmed)) return Number.parseInt(trimmed, 8);
  if (/^[-+]?\d+$/.test(trimmed)) return Number(trimmed);
  issues.invalidNumber(text);
  const leading = /^[-+]?\d+/.exec(trimmed);
  return leading ? Number(leading[0]) : 0;
}

function pad(text: string, flags: string, width: number, numeric: boolean): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(text) ? text[0]! : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function convert(
  conversion: string,
  flags: string,
  precision: number | null,
  arg: string,
  issues: FormatIssues,
) {
  const signed = (n: number, text: string) =>
    n >= 0 && flags.includes('+') ? '+' + text : n >= 0 && flags.includes(' ') ? ' ' + text : text;
  switch (conversion) {
    case 's':
      return precision === null ? arg : arg.slice(0, precision);
    case 'c':
      return arg.slice(0, 1);
    case 'd':
    case 'i':
    case 'u': {
      const n = Math.trunc(toNumber(arg, issues, false));
      let digits = String(Math.abs(n));
      if (precision !== null) digits = digits.padStart(precision, '0');
      return signed(n, (n < 0 ? '-' : '') + digits);
    }
    case 'o':
    case 'x':
    case 'X': {
      const n = Math.trunc(toNumber(arg, issues, false));
      const value = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n);
      let digits = value.toString(conversion === 'o' ? 8 : 16);
      if (conversion === 'X') digits = digits.toUpperCase();
      if (precision !== null) digits = digits.padStart(precision, '0');
      if (flags.includes('#') && n !== 0)
        digits = (conversion === 'o' ? '0' : `0${conversion}`) + digits;
      return digits;
    }
    case 'f':
    case 'e':
    case 'g': {
      const n = toNumber(arg, issues, true);
      const digits = precision ?? 6;
      const text =
        conversion === 'f'
          ? n.toFixed(digits)
          : conversion === 'e'
            ? n.toExponential(digits).replace(/e([-+])(\d)$/, 'e$10$2')
            : String(Number(n.toPrecision(digits || 1)));
      return signed(n, text);
    }
    default:
      return '';
  }
}

const SPEC = /^%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?([sbcdiuoxXfeEgG%])/;

/** Formats `args` with `format`; `stop` after `\c`. Missing arguments are empty or zero. */
export function formatPrintf(format: string, args: string[], issues: FormatIssues): string {
  let out = '';
  let next = 0;
  const take = () => args[next++] ?? '';
  do {
    const consumedBefore = next;
    for (let i = 0; i < format.length; i++) {
      const char = format[i]!;
      if (char === '\\') {
        const escape = escapeAt(format, i + 1, false);
        out += escape.out;
        i += escape.used;
        continue;
      }
      if (char !== '%') {
        out += char;
        continue;
      }
      const spec = SPEC.exec(format.slice(i));
      if (!spec) {
        out += char;
        continue;
      }
      i += spec[0].length - 1;
      const [, flags = '', widthText, precisionText, conversion = ''] = spec;
      if (conversion === '%') {
        out += '%';
        continue;
      }
      const width = widthText === '*' ? Number(take()) || 0 : Number(widthText ?? 0);
      const precision =
        precisionText === undefined
          ? null
          : precisionText === '*'
            ? Number(take()) || 0
            : Number(precisionText || 0);
      const lower = conversion.toLowerCase();
      if (conversion === 'b') {
        const expanded = expandEscapes(take(), true);
        out += pad(expanded.text, flags, Math.abs(width), false);
        if (expanded.stop) return out;
        continue;
      }
      const text = convert(
        lower === 'e' || lower === 'g' ? lower : conversion,
        flags,
        precision,
        take(),
        issues,
      );
      const shaped = conversion === 'E' || conversion === 'G' ? text.toUpperCase() : text;
      out += pad(
        shaped,
        width < 0 ? flags + '-' : flags,
        Math.abs(width),
        conversion !== 's' && conversion !== 'c',
      );
    }
    if (next === consumedBefore) break;
  } while (next < args.length);
  return out;
}
