// docker/cli's formatter.Context: a --format value becomes rows of text. `table` formats get a
// header row (the template run on the column titles) and tabwriter columns; `json` means
// `{{json .}}`; anything else is a Go template printed once per row.

import { escapeHTML, GO_TYPE, MARSHAL_JSON } from './go-values.ts';
import { formatColumns } from './table.ts';
import { compileTemplate, TemplateError, type Template } from './template.ts';

export type FormatOutput = { ok: true; text: string } | { ok: false; error: string };

/** A row's fields by Go name: plain values, or methods (`Label "key"`) as functions. */
export type RowFields = Record<string, unknown>;

/**
 * A row as docker/cli's row contexts are: a Go struct named `goType` (for "can't evaluate field"
 * errors) whose `{{json .}}` lists every argument-free member with sorted keys and <, >, &
 * escaped, as formatter.MarshalJSON does.
 */
export function rowContext(goType: string, fields: RowFields): RowFields {
  const row: RowFields & { [GO_TYPE]: string; [MARSHAL_JSON]: () => string } = {
    ...fields,
    [GO_TYPE]: goType,
    [MARSHAL_JSON]: () => {
      const values: Record<string, unknown> = {};
      for (const key of Object.keys(fields).sort()) {
        const value = fields[key];
        if (typeof value !== 'function') values[key] = value;
        else if (value.length === 0) values[key] = (value as () => unknown)();
      }
      return escapeHTML(JSON.stringify(values));
    },
  };
  return row;
}

export function isTableFormat(format: string): boolean {
  return format.startsWith('table');
}

/** preFormat: drop `table`, trim blanks, and turn the two-character `\t` and `\n` into tabs and newlines. */
function prepare(format: string): string {
  let body = isTableFormat(format) ? format.slice('table'.length) : format;
  if (format === 'json') body = '{{json .}}';
  body = body.replace(/^ +| +$/g, '');
  return body.replaceAll('\\t', '\t').replaceAll('\\n', '\n');
}

/** Compiles a --format value, or returns docker's "template parsing error" wording. */
export function compileFormat(
  format: string,
): { ok: true; template: Template } | { ok: false; error: string } {
  try {
    return { ok: true, template: compileTemplate(prepare(format)) };
  } catch (error) {
    if (error instanceof TemplateError)
      return { ok: false, error: `template parsing error: ${error.message}` };
    throw error;
  }
}

/**
 * Renders `rows` in `format`. `header` maps field names to column titles (`ID` → `IMAGE ID`),
 * for table formats. Callers resolve `table` alone, and an empty format, to their default.
 */
export function renderFormat(
  format: string,
  rows: unknown[],
  header: Record<string, string>,
): FormatOutput {
  const compiled = compileFormat(format);
  if (!compiled.ok) return compiled;
  const { template } = compiled;

  let body = '';
  try {
    for (const row of rows) body += `${template.execute(row)}\n`;
  } catch (error) {
    if (error instanceof TemplateError)
      return { ok: false, error: `template parsing error: ${error.message}` };
    throw error;
  }
  if (!isTableFormat(format)) return { ok: true, text: body };

  let title = '';
  try {
    title = template.execute(header, { header: true });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
  }
  return { ok: true, text: tabulate(`${title}\n${body}`) };
}

/** Text with tab-separated cells through docker's table tabwriter. */
export function tabulate(text: string): string {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const laidOut = formatColumns(lines.map((line) => line.split('\t')));
  return text.endsWith('\n') ? laidOut : laidOut.replace(/\n$/, '');
}
