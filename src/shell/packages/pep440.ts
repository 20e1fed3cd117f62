// Just enough of PEP 440 and PEP 508 for pip's choices: comparing release numbers, checking a
// version against specifiers (`>=1.0,<2`, `==2.*`, `~=3.1`), reading a requirement line
// (`flask[async]>=1.0 ; python_version < "3.10"`) and evaluating its python_version marker.

export interface Requirement {
  /** As written: `Werkzeug`, `flask`. */
  name: string;
  /** Lower-case with runs of `-_.` as `-`: the key pip compares by. */
  key: string;
  specifiers: string;
  marker?: string;
  /** The requirement as pip quotes it (name, extras, specifiers; no marker). */
  text: string;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function parts(version: string): number[] {
  return version.split(/[.+]/).map((part) => Number.parseInt(part, 10) || 0);
}

export function compareVersions(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function satisfiesOne(version: string, clause: string): boolean {
  const match = /^(===|==|!=|~=|>=|<=|>|<)\s*(\S+)$/.exec(clause.trim());
  if (!match) return clause.trim() === '';
  const [, op, target] = match as unknown as [string, string, string];
  if ((op === '==' || op === '!=') && target.endsWith('.*')) {
    const prefix = target.slice(0, -2);
    const same = version === prefix || version.startsWith(`${prefix}.`);
    return op === '==' ? same : !same;
  }
  const cmp = compareVersions(version, target);
  switch (op) {
    case '==':
    case '===':
      return cmp === 0;
    case '!=':
      return cmp !== 0;
    case '>=':
      return cmp >= 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '<':
      return cmp < 0;
    default: {
      // ~=X.Y means >=X.Y and ==X.*
      const prefix = target.split('.').slice(0, -1).join('.');
      return cmp >= 0 && (version === prefix || version.startsWith(`${prefix}.`));
    }
  }
}

export function satisfies(version: string, specifiers: string | undefined): boolean {
  if (!specifiers) return true;
  return specifiers.split(',').every((clause) => satisfiesOne(version, clause));
}

/** One requirement line, or null when it is not one (an option, a URL). */
export function parseRequirement(line: string): Requirement | null {
  const [body = '', marker] = line.split(';', 2);
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*\(?([^)]*)\)?\s*$/.exec(body);
  if (!match) return null;
  const name = match[1]!;
  const specifiers = (match[3] ?? '').replace(/\s+/g, '');
  return {
    name,
    key: normalizeName(name),
    specifiers,
    ...(marker ? { marker: marker.trim() } : {}),
    text: `${name}${match[2] ?? ''}${specifiers}`,
  };
}

/** `python_version < '3.10'` and the like, joined by `and`/`or`; anything else holds. */
export function evaluateMarker(marker: string | undefined, python: string): boolean {
  if (!marker) return true;
  return marker.split(/\s+or\s+/).some((any) =>
    any.split(/\s+and\s+/).every((clause) => {
      const match =
        /^\(?\s*(python_version|python_full_version)\s*(==|!=|>=|<=|>|<)\s*['"]([^'"]+)['"]\s*\)?$/.exec(
          clause.trim(),
        );
      if (!match) return true;
      const value =
        match[1] === 'python_version' ? python.split('.').slice(0, 2).join('.') : python;
      return satisfiesOne(value, `${match[2]}${match[3]}`);
    }),
  );
}
