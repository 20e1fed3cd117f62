// The terminal's input and Ctrl-C as a running command sees them: on a terminal each Ctrl-D is
// one end-of-input (the shell inside `docker run -it` reads on after its `cat` ended), and a
// program that traps Ctrl-C gets the key instead of being interrupted.

import { describe, expect, it } from 'vitest';
import { createInputQueue } from './input.ts';
import { createInterrupt } from './interrupt.ts';

describe('input queue', () => {
  it('ends once for good without a terminal', async () => {
    const queue = createInputQueue();
    queue.push('a\n');
    queue.end();
    expect([await queue.read(), await queue.read(), await queue.read()]).toEqual([
      'a\n',
      null,
      null,
    ]);
  });

  it('gives each Ctrl-D to one reader on a terminal', async () => {
    const queue = createInputQueue({ terminal: true });
    queue.push('a\n');
    queue.end();
    queue.push('b\n');
    expect([await queue.read(), await queue.read(), await queue.read()]).toEqual([
      'a\n',
      null,
      'b\n',
    ]);
  });
});

describe('interrupt traps', () => {
  it('hands Ctrl-C to the latest trap, and interrupts once none is left', () => {
    const controller = createInterrupt();
    const caught: string[] = [];
    const first = controller.interrupt.trap!(() => caught.push('first'));
    const second = controller.interrupt.trap!(() => caught.push('second'));
    controller.fire();
    second();
    controller.fire();
    first();
    expect(controller.interrupt.interrupted).toBe(false);
    controller.fire();
    expect(caught).toEqual(['second', 'first']);
    expect(controller.interrupt.interrupted).toBe(true);
  });
});
