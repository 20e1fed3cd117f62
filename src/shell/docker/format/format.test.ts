import { describe, expect, it } from 'vitest';
import { ellipsis, formatColumns, VERSION_LAYOUT } from './table.ts';
import { humanDuration, humanSize } from './units.ts';

describe('formatColumns', () => {
  it('pads every column but the last to at least 10, with 3 spaces after the widest cell', () => {
    const text = formatColumns([
      ['CONTAINER ID', 'IMAGE', 'PORTS', 'NAMES'],
      ['1a2b3c4d5e6f', 'hello-world', '', 'eager_turing'],
    ]);
    expect(text).toBe(
      'CONTAINER ID   IMAGE         PORTS     NAMES\n' +
        '1a2b3c4d5e6f   hello-world             eager_turing\n',
    );
  });

  it('keeps column blocks to consecutive rows, as tabwriter does', () => {
    const text = formatColumns(
      [['Client:'], [' Version:', '28.5.1'], ['Server:'], ['  Experimental:', 'false']],
      VERSION_LAYOUT,
    );
    expect(text).toBe('Client:\n Version:           28.5.1\nServer:\n  Experimental:     false\n');
  });
});

describe('units', () => {
  it.each([
    [10072, '10.1kB'],
    [8309167, '8.31MB'],
    [4277910, '4.28MB'],
    [999, '999B'],
    [10_000, '10kB'],
    [1_234_567_890, '1.23GB'],
  ])('formats %d bytes as %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });

  it.each([
    [400, 'Less than a second'],
    [1_000, '1 second'],
    [5_500, '5 seconds'],
    [65_000, 'About a minute'],
    [150_000, '2 minutes'],
    [3_600_000, 'About an hour'],
    [5 * 3_600_000, '5 hours'],
    [3 * 86_400_000, '3 days'],
    [20 * 86_400_000, '2 weeks'],
    [300 * 86_400_000, '10 months'],
    [800 * 86_400_000, '2 years'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('cuts long text with an ellipsis', () => {
    expect(ellipsis('docker-entrypoint.sh redis-server', 20)).toBe('docker-entrypoint.s…');
    expect(ellipsis('/hello', 20)).toBe('/hello');
  });
});
