// The times `docker logs --since/--until` accept (moby's api/types/time.GetTimestamp): a Go
// duration back from now, an RFC 3339 date or date-time, or Unix seconds.

import { parseDuration } from './values.ts';

/** Milliseconds since the epoch, or the client's error text. */
export function parseLogTime(value: string, now: number): number | string {
  const duration = parseDuration(value);
  if (duration.ok && value !== '0') return now - duration.value / 1e6;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(date)
    ? `${date}Z`
    : date;
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(
    dateTime,
  );
  const parsed = valid ? Date.parse(dateTime) : Number.NaN;
  if (Number.isNaN(parsed)) return `failed to parse value as time or duration: "${value}"`;
  return parsed;
}

/** jsonmessage.RFC3339NanoFixed: nine fraction digits, always. */
export function rfc3339NanoFixed(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}
