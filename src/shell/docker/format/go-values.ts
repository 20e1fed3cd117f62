// How Go values look to docker's templates, modelled on plain JavaScript data: fmt's `%v`
// printing (`[a b]`, `map[k:v]`, `<no value>`), truthiness for `if`, and encoding/json output.
// Typed markers stand in for what JavaScript cannot say itself (a nil slice, a Go struct).

/** A Go struct's type name (`*formatter.imageContext`): field lookups on it fail like Go's. */
export const GO_TYPE: unique symbol = Symbol('goType');
/** A row context's own JSON text, as docker/cli's formatter.MarshalJSON makes it. */
export const MARSHAL_JSON: unique symbol = Symbol('marshalJSON');
/** How a value prints with `%v` when that is not what its data suggests (time.Time). */
export const GO_STRING: unique symbol = Symbol('goString');

export interface GoStruct {
  [GO_TYPE]: string;
}

/** A typed nil: prints `[]`, `map[]` or `<nil>`, and encodes as JSON null. */
export class GoNil {
  readonly kind: 'slice' | 'map' | 'pointer';
  constructor(kind: 'slice' | 'map' | 'pointer') {
    this.kind = kind;
  }
  toJSON(): null {
    return null;
  }
}

export const nilSlice = new GoNil('slice');
export const nilMap = new GoNil('map');
export const nilPointer = new GoNil('pointer');

/** A value with its own `%v` text and JSON form, such as a time.Time. */
export function goStringer(text: string, json: unknown): object {
  return { [GO_STRING]: text, toJSON: () => json };
}

export function isRecord(value: unknown): value is Record<string | symbol, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStruct(value: unknown): value is GoStruct & Record<string, unknown> {
  return isRecord(value) && typeof value[GO_TYPE] === 'string';
}

/** Go's name for a value's type, for "can't evaluate field X in type T". */
export function goTypeName(value: unknown): string {
  if (isStruct(value)) return value[GO_TYPE];
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float64';
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string') ? '[]string' : '[]interface {}';
  }
  if (value instanceof GoNil) return value.kind === 'slice' ? '[]string' : 'map[string]string';
  return 'map[string]interface {}';
}

/** fmt.Sprint of one value, as text/template prints an action's result. */
export function printGo(value: unknown): string {
  if (value === undefined || value === null) return '<no value>';
  return printNested(value);
}

function printNested(value: unknown): string {
  if (value === undefined || value === null) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof GoNil) {
    return value.kind === 'slice' ? '[]' : value.kind === 'map' ? 'map[]' : '<nil>';
  }
  if (Array.isArray(value)) return `[${value.map(printNested).join(' ')}]`;
  if (isRecord(value)) {
    if (typeof value[GO_STRING] === 'string') return value[GO_STRING];
    if (isStruct(value)) return `{${Object.values(value).map(printNested).join(' ')}}`;
    // Empty objects in Berth's data are Go's struct{} members of port and volume sets.
    if (Object.keys(value).length === 0) return '{}';
    const keys = Object.keys(value).sort();
    return `map[${keys.map((key) => `${key}:${printNested(value[key])}`).join(' ')}]`;
  }
  return String(value);
}

/** text/template's truth: false, 0, nil and empty strings, slices and maps are false. */
export function isTrue(value: unknown): boolean {
  if (value === undefined || value === null || value instanceof GoNil) return false;
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length > 0;
  if (isStruct(value) || (isRecord(value) && GO_STRING in value)) return true;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

/** encoding/json without HTML escaping, which is how docker's `json` template function encodes. */
export function encodeJSON(value: unknown): string {
  if (isRecord(value) && typeof value[MARSHAL_JSON] === 'function') {
    return (value[MARSHAL_JSON] as () => string)();
  }
  return JSON.stringify(value ?? null) ?? 'null';
}

/** json.Marshal's escaping of <, > and &, kept by docker/cli's row contexts. */
export function escapeHTML(json: string): string {
  return json.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
