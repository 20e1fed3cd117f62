// Timestamps in the formats servers print in their start-up logs, from the engine's clock.
// Each takes milliseconds since the epoch and formats in UTC, as containers run in UTC.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');
const three = (n: number) => String(n).padStart(3, '0');

function parts(ms: number) {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`,
    millis: d.getUTCMilliseconds(),
  };
}

/** redis: `19 Sep 2026 00:43:15.123`. */
export function redisTime(ms: number): string {
  const p = parts(ms);
  return `${two(p.day)} ${MONTHS[p.month]} ${p.year} ${p.time}.${three(p.millis)}`;
}

/** nginx error log: `2026/09/19 00:43:15`. */
export function nginxTime(ms: number): string {
  const p = parts(ms);
  return `${p.year}/${two(p.month + 1)}/${two(p.day)} ${p.time}`;
}

/** Apache httpd: `Sat Sep 19 00:20:50.123000 2026` (microseconds; the clock gives millis). */
export function httpdTime(ms: number): string {
  const p = parts(ms);
  return `${DAYS[p.weekday]} ${MONTHS[p.month]} ${two(p.day)} ${p.time}.${three(p.millis)}000 ${p.year}`;
}

/** PostgreSQL: `2026-09-19 00:36:15.123 UTC`. */
export function postgresTime(ms: number): string {
  const p = parts(ms);
  return `${p.year}-${two(p.month + 1)}-${two(p.day)} ${p.time}.${three(p.millis)} UTC`;
}

/** RFC 3339 with fraction, as MySQL (`…T00:36:15.123000Z`) and logrus print it. */
export function isoTime(ms: number, fraction = 6): string {
  const p = parts(ms);
  const digits = `${three(p.millis)}${'0'.repeat(Math.max(0, fraction - 3))}`.slice(0, fraction);
  return `${p.year}-${two(p.month + 1)}-${two(p.day)}T${p.time}.${digits}Z`;
}

/** The value of `name` in a container environment, or undefined. */
export function envValue(env: string[], name: string): string | undefined {
  const found = [...env].reverse().find((entry) => entry.startsWith(`${name}=`));
  return found?.slice(name.length + 1);
}

/** The host kernel servers report (nginx's `OS:` line); the shell's `uname -r` says the same. */
export const KERNEL_RELEASE = '6.1.0-28-amd64';
