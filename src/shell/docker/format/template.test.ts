// Expected text follows Go's text/template (src/text/template/{exec,funcs}.go and parse/*.go,
// Go 1.24) and docker/cli's templates/templates.go and cli/command/formatter/formatter.go.

import { describe, expect, it } from 'vitest';
import { renderFormat, rowContext } from './formatter.ts';
import { GO_TYPE, goStringer, nilSlice } from './go-values.ts';
import { compileTemplate, TemplateError } from './template.ts';

const run = (source: string, data: unknown) => compileTemplate(source).execute(data);
const errorOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    if (error instanceof TemplateError) return error.message;
    throw error;
  }
  return 'no error';
};

const inspect = {
  [GO_TYPE]: 'image.InspectResponse',
  Id: 'sha256:abc',
  RepoTags: ['redis:alpine', 'redis:7'],
  Config: {
    [GO_TYPE]: 'container.Config',
    Cmd: ['redis-server'],
    Entrypoint: nilSlice,
    Labels: { b: '2', a: '1' },
    Env: ['PATH=/bin', 'LANG=C'],
  },
  Size: 17_000_000,
  Metadata: {
    [GO_TYPE]: 'image.Metadata',
    LastTagTime: goStringer('0001-01-01 00:00:00 +0000 UTC', '0001-01-01T00:00:00Z'),
  },
};

describe('Go templates', () => {
  it('prints fields the way fmt prints Go values', () => {
    expect(run('{{.Id}} {{.Size}}', inspect)).toBe('sha256:abc 17000000');
    expect(run('{{.Config.Cmd}}|{{.Config.Entrypoint}}|{{.Config.Labels}}', inspect)).toBe(
      '[redis-server]|[]|map[a:1 b:2]',
    );
    expect(run('{{.Metadata.LastTagTime}}', inspect)).toBe('0001-01-01 00:00:00 +0000 UTC');
    expect(run('{{.Missing}}', { a: 1 })).toBe('<no value>');
  });

  it('encodes json compactly, in field order, without escaping HTML', () => {
    expect(run('{{json .Config}}', inspect)).toBe(
      '{"Cmd":["redis-server"],"Entrypoint":null,"Labels":{"b":"2","a":"1"},"Env":["PATH=/bin","LANG=C"]}',
    );
    expect(run('{{json .Metadata}}', inspect)).toBe('{"LastTagTime":"0001-01-01T00:00:00Z"}');
    expect(run('{{json "<a&b>"}}', null)).toBe('"<a&b>"');
  });

  it('has docker/cli functions', () => {
    expect(run('{{join .RepoTags ", "}}', inspect)).toBe('redis:alpine, redis:7');
    expect(run('{{upper "abc"}} {{lower "ABC"}} {{title "hello big world"}}', null)).toBe(
      'ABC abc Hello Big World',
    );
    expect(run('{{split "a,b" ","}} {{truncate "abcdef" 3}} [{{pad "x" 1 2}}]', null)).toBe(
      '[a b] abc [ x  ]',
    );
    expect(run('{{.Id | upper}}', inspect)).toBe('SHA256:ABC');
  });

  it('runs range, if, with, variables, index, len and printf', () => {
    expect(run('{{range .Config.Env}}{{println .}}{{end}}', inspect)).toBe('PATH=/bin\nLANG=C\n');
    expect(run('{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}', inspect)).toBe(
      'a=1;b=2;',
    );
    expect(run('{{range $i, $t := .RepoTags}}{{if $i}},{{end}}{{$t}}{{end}}', inspect)).toBe(
      'redis:alpine,redis:7',
    );
    expect(run('{{if .Config.Entrypoint}}yes{{else}}no{{end}}', inspect)).toBe('no');
    expect(run('{{with .Config}}{{index .Labels "a"}}{{end}} {{len .RepoTags}}', inspect)).toBe(
      '1 2',
    );
    expect(
      run('{{index .RepoTags 1}} {{printf "%-8s|%.3s|%d|%q" "ab" "abcdef" 42 "x"}}', inspect),
    ).toBe('redis:7 ab      |abc|42|"x"');
    expect(run('{{if eq .Size 17000000}}big{{else if gt .Size 1}}small{{end}}', inspect)).toBe(
      'big',
    );
    expect(run('a  {{- " b " -}}  c', null)).toBe('a b c');
    expect(run('{{/* a comment */}}x', null)).toBe('x');
  });

  it('words parse errors as text/template does', () => {
    expect(errorOf(() => compileTemplate('{{foo .ID}}'))).toBe(
      'template: :1: function "foo" not defined',
    );
    expect(errorOf(() => compileTemplate('{{.ID}'))).toBe(
      'template: :1: unexpected "}" in operand',
    );
    expect(errorOf(() => compileTemplate('{{.ID'))).toBe('template: :1: unclosed action');
    expect(errorOf(() => compileTemplate('{{if .ID}}x'))).toBe('template: :1: unexpected EOF');
    expect(errorOf(() => compileTemplate('x{{end}}'))).toBe('template: :1: unexpected {{end}}');
    expect(errorOf(() => compileTemplate('{{}}'))).toBe('template: :1: missing value for command');
    expect(errorOf(() => compileTemplate('\n{{$x}}'))).toBe(
      'template: :2: undefined variable "$x"',
    );
  });

  it('words execution errors with the line, column and node', () => {
    expect(errorOf(() => run('{{.Nope}}', inspect))).toBe(
      'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type image.InspectResponse',
    );
    expect(errorOf(() => run('{{index .RepoTags 5}}', inspect))).toBe(
      'template: :1:2: executing "" at <index .RepoTags 5>: error calling index: index out of range: 5',
    );
    expect(errorOf(() => run('ab {{join .RepoTags}}', inspect))).toBe(
      'template: :1:5: executing "" at <join>: wrong number of args for join: want 2 got 1',
    );
  });
});

describe('docker formats', () => {
  const rows = [
    rowContext('*formatter.imageContext', {
      ID: '74cc54e27dc4',
      Repository: 'hello-world',
      Digest: '<none>',
    }),
    rowContext('*formatter.imageContext', {
      ID: '9234e8fb04c4',
      Repository: 'alpine',
      Digest: '<none>',
    }),
  ];
  const header = { ID: 'IMAGE ID', Repository: 'REPOSITORY', Digest: 'DIGEST' };

  it('lays out tables with a header row and tabwriter columns', () => {
    expect(renderFormat('table {{.ID}}\\t{{.Repository}}', rows, header)).toEqual({
      ok: true,
      text: 'IMAGE ID       REPOSITORY\n74cc54e27dc4   hello-world\n9234e8fb04c4   alpine\n',
    });
    expect(renderFormat('table {{.ID}}', [], header)).toEqual({ ok: true, text: 'IMAGE ID\n' });
  });

  it('prints other templates once per row, and json with sorted keys and escaped <>', () => {
    expect(renderFormat('{{.Repository}}:{{.ID}}', rows, header)).toEqual({
      ok: true,
      text: 'hello-world:74cc54e27dc4\nalpine:9234e8fb04c4\n',
    });
    expect(renderFormat('json', rows.slice(0, 1), header)).toEqual({
      ok: true,
      text: '{"Digest":"\\u003cnone\\u003e","ID":"74cc54e27dc4","Repository":"hello-world"}\n',
    });
  });

  it('wraps template errors in "template parsing error"', () => {
    expect(renderFormat('{{upper}}', rows, header)).toEqual({
      ok: false,
      error:
        'template parsing error: template: :1:2: executing "" at <upper>: wrong number of args for upper: want 1 got 0',
    });
    expect(renderFormat('{{.Size}}', rows, header)).toEqual({
      ok: false,
      error:
        'template parsing error: template: :1:2: executing "" at <.Size>: can\'t evaluate field Size in type *formatter.imageContext',
    });
  });
});
