// Go's time.ParseDuration, which HEALTHCHECK's --interval, --timeout, --start-period and
// --start-interval go through, with Go's error wording. Results are in nanoseconds.

import { goQuote } from './text.ts';

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

export function parseGoDuration(text: string): number | string {
  const invalid = `time: invalid duration ${goQuote(text)}`;
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return invalid;

  let total = 0;
  while (s !== '') {
    const number = /^([0-9]*)(\.([0-9]*))?/.exec(s)!;
    const whole = number[1]!;
    const fraction = number[3] ?? '';
    if (whole === '' && fraction === '') return invalid;
    s = s.slice(number[0].length);

    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === '') return `time: missing unit in duration ${goQuote(text)}`;
    const scale = UNITS[unit];
    if (scale === undefined)
      return `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}`;
    s = s.slice(unit.length);

    total += Number(whole || '0') * scale + (fraction ? Number('0.' + fraction) * scale : 0);
    if (total > 9223372036854775807) return invalid;
  }
  return sign * Math.trunc(total);
}

/** Go's Duration.String for the small, whole values healthchecks use (`30s`, `1m30s`, `500ms`). */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 1e9) {
    if (ns % 1e6 === 0) return `${ns / 1e6}ms`;
    if (ns % 1e3 === 0) return `${ns / 1e3}µs`;
    return `${ns}ns`;
  }
  let seconds = ns / 1e9;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const secText = `${Number(seconds.toFixed(9))}s`;
  if (hours > 0) return `${hours}h${minutes}m${secText}`;
  if (minutes > 0) return `${minutes}m${secText}`;
  return secText;
}
