// Which words of an instruction the builder expands, and which it leaves for the shell.

import { describe, expect, it } from 'vitest';
import { expandInstruction, FROM_VARIABLE_ERROR } from './expand.ts';
import { parseDockerfile } from './parse.ts';
import type { Instruction } from './types.ts';

function instruction(line: string, extra = ''): Instruction {
  const result = parseDockerfile(`FROM alpine\n${line}\n${extra}`);
  if (!result.ok) throw new Error(result.error.message);
  return result.dockerfile.stages[0]!.instructions[0]!;
}

const env = { APP: '/srv/app', USER_ID: '1000', PORTS: '80 443/udp', NAME: 'world' };

function expanded(line: string, extra = '') {
  const result = expandInstruction(instruction(line, extra), env);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('expandInstruction', () => {
  it('expands ENV keys and values, removing quotes', () => {
    const result = expanded('ENV HOME=$APP GREETING="hello $NAME" X=$MISSING');
    expect(result.instruction).toMatchObject({
      pairs: [
        { key: 'HOME', value: '/srv/app' },
        { key: 'GREETING', value: 'hello world' },
        { key: 'X', value: '' },
      ],
    });
    expect(result.unmatched).toEqual(['MISSING']);
  });

  it('expands the legacy ENV value as one word', () => {
    expect(expanded('ENV GREETING "hi" $NAME').instruction).toMatchObject({
      pairs: [{ key: 'GREETING', value: 'hi world', legacy: true }],
    });
  });

  it('expands COPY paths and --chown but never RUN, CMD or ENTRYPOINT commands', () => {
    expect(expanded('COPY --chown=${USER_ID} app.py ${APP}/').instruction).toMatchObject({
      sources: ['app.py'],
      destination: '/srv/app/',
      chown: '1000',
    });
    for (const line of ['RUN echo $APP', 'CMD echo $APP', 'ENTRYPOINT ["echo", "$APP"]']) {
      expect(expanded(line).instruction).toEqual(instruction(line));
    }
  });

  it('splits EXPOSE words after expansion', () => {
    expect(expanded('EXPOSE $PORTS 8080').instruction).toMatchObject({
      ports: ['80', '443/udp', '8080'],
    });
  });

  it('expands WORKDIR, USER, VOLUME, STOPSIGNAL and LABEL', () => {
    expect(expanded('WORKDIR $APP/data').instruction).toMatchObject({ path: '/srv/app/data' });
    expect(expanded('USER $USER_ID:$USER_ID').instruction).toMatchObject({ user: '1000:1000' });
    expect(expanded('VOLUME ["$APP/data"]').instruction).toMatchObject({
      paths: ['/srv/app/data'],
    });
    expect(expanded('STOPSIGNAL ${SIG:-SIGTERM}').instruction).toMatchObject({ signal: 'SIGTERM' });
    expect(expanded('LABEL owner="$NAME"').instruction).toMatchObject({
      pairs: [{ key: 'owner', value: 'world' }],
    });
  });

  it('expands RUN --mount values other than from', () => {
    expect(
      expanded('RUN --mount=type=cache,target=$APP/.cache,from=$NAME make').instruction,
    ).toMatchObject({
      mounts: [
        {
          type: 'cache',
          options: [
            { key: 'type', value: 'cache' },
            { key: 'target', value: '/srv/app/.cache' },
            { key: 'from', value: '$NAME' },
          ],
        },
      ],
    });
  });

  it('expands heredoc files only when the delimiter is unquoted, with backslash escapes', () => {
    const body = 'hello $NAME\\n "q"\nEOF\n';
    expect(expanded('COPY <<EOF /greeting', body).instruction).toMatchObject({
      heredocSources: [{ path: 'EOF', data: 'hello worldn "q"\n' }],
    });
    expect(expanded('COPY <<"EOF" /greeting', body).instruction).toMatchObject({
      heredocSources: [{ path: 'EOF', data: 'hello $NAME\\n "q"\n' }],
    });
  });

  it('refuses variables in COPY --from', () => {
    expect(expandInstruction(instruction('COPY --from=$STAGE /a /b'), env)).toEqual({
      ok: false,
      error: FROM_VARIABLE_ERROR,
    });
  });

  it('returns lexer errors', () => {
    expect(expandInstruction(instruction('WORKDIR ${APP'), env)).toEqual({
      ok: false,
      error: 'failed to process "${APP": unsupported modifier (\ufffd) in substitution',
    });
  });
});
