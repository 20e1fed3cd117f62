// BuildKit's TTY progress: the final frame a build leaves on the terminal (header with the
// builder's name, right-aligned durations, blue finished lines, CACHED steps), and a frame drawn
// mid-build, where a running step shows the tail of its output faintly beneath it.

import { describe, expect, it } from 'vitest';
import type { BuildTrace } from '../../../engine/index.ts';
import { createBuildHarness } from './build-testing.ts';
import { renderFrame } from './build-tty.ts';

const BLUE = '\u001b[34m';
const RESET = '\u001b[0m';
/** ` => name`, padded so the time ends in the terminal's last column but one. */
const row = (text: string, time: string, width = 80) =>
  ` => ${text.slice(0, width - 11).padEnd(width - 11)}  ${time}\n`;
const line = (text: string, time: string) => `${BLUE}${row(text, time)}${RESET}`;

describe('TTY progress', () => {
  it('leaves the finished frame of a cached rebuild', async () => {
    const h = createBuildHarness({
      Dockerfile: 'FROM alpine\nWORKDIR /app\nCOPY app.py .\nRUN echo hi\n',
      'app.py': 'print(1)\n',
    });
    await h.run('docker build -t t .', { isTTY: true, columns: 80 });
    const { stderr } = await h.run('docker build -t t .', { isTTY: true, columns: 80 });
    const id = h.engine.findImage('t')!.id;
    expect(stderr).toBe(
      '\u001b[1A\u001b[1B\u001b[0G\u001b[?25l' +
        `${'[+] Building 0.5s (9/9) FINISHED'.padEnd(64)} docker:default\n` +
        line('[internal] load build definition from Dockerfile', '0.0s') +
        line('=> transferring dockerfile: 51B', '0.0s') +
        line('[internal] load metadata for docker.io/library/alpine:latest', '0.4s') +
        line('[internal] load .dockerignore', '0.0s') +
        line('=> transferring context: 2B', '0.0s') +
        line('[1/4] FROM docker.io/library/alpine:latest@sha256:5b02b42e375f7426f8d', '0.0s') +
        line('[internal] load build context', '0.0s') +
        line('=> transferring context: 37B', '0.0s') +
        line('CACHED [2/4] WORKDIR /app', '0.0s') +
        line('CACHED [3/4] COPY app.py .', '0.0s') +
        line('CACHED [4/4] RUN echo hi', '0.0s') +
        line('exporting to image', '0.0s') +
        line('=> exporting layers', '0.0s') +
        line(`=> writing image ${id.slice(0, 61)}`, '0.0s') +
        line('=> naming to docker.io/library/t:latest', '0.0s') +
        '\u001b[?25h',
    );
  });

  it('redraws in place and shows a running step’s last lines under it', () => {
    const trace: BuildTrace = {
      total: 3,
      duration: 2500,
      vertices: [
        {
          index: 1,
          name: '[1/2] FROM docker.io/library/alpine:latest',
          started: 0,
          completed: 100,
          cached: false,
          statuses: [],
          logs: [],
          warnings: [],
        },
        {
          index: 2,
          name: '[2/2] RUN ./install.sh',
          started: 100,
          completed: 2400,
          cached: false,
          statuses: [],
          warnings: [],
          logs: [
            { at: 300, text: 'step one\nstep two\n' },
            { at: 900, text: 'step three\n' },
          ],
        },
      ],
    };
    const state = { lineCount: 0, repeated: false };
    renderFrame(trace, 0, 40, false, state);
    const frame = renderFrame(trace, 1000, 40, false, state);
    expect(frame).toBe(
      '\u001b[1A\u001b[1A\u001b[0G\u001b[?25l' +
        `${'[+] Building 1.0s (1/3) '.padEnd(24)} docker:default\n` +
        `${BLUE}${row('[1/2] FROM docker.io/library/alpine:latest', '0.1s', 40)}${RESET}` +
        row('[2/2] RUN ./install.sh', '0.9s', 40) +
        '\u001b[2m => => # step one\n\u001b[0m' +
        '\u001b[2m => => # step two\n\u001b[0m' +
        '\u001b[2m => => # step three\n\u001b[0m' +
        '\u001b[?25h',
    );
    expect(state.lineCount).toBe(5);
  });
});
