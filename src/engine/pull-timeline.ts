// When each layer of a pull changes state, as the daemon's transfer manager paces it: at most
// three downloads at once sharing the bandwidth, the rest "Waiting"; layers are verified as they
// finish and extracted strictly in order. A pure plan with times in milliseconds from the start,
// so the CLI can animate it with its injected delay and tests can read it all at once.

export type TimelineStatus =
  | 'Pulling fs layer'
  | 'Waiting'
  | 'Downloading'
  | 'Verifying Checksum'
  | 'Download complete'
  | 'Extracting'
  | 'Pull complete';

export interface TimelineStep {
  /** Milliseconds from the start of the pull. */
  at: number;
  /** Layer digest's first 12 hex digits. */
  id: string;
  status: TimelineStatus;
  /** Bytes so far and in all, for Downloading and Extracting. */
  current?: number;
  total?: number;
}

export interface PullPace {
  /** Compressed bytes per millisecond shared by the downloads (25 kB/ms is 25 MB/s). */
  bandwidth: number;
  /** Compressed bytes per millisecond one extraction gets through. */
  extractRate: number;
  /** How often progress is reported, in milliseconds. */
  tick: number;
}

export const DEFAULT_PACE: PullPace = { bandwidth: 25_000, extractRate: 60_000, tick: 100 };
const MAX_CONCURRENT_DOWNLOADS = 3;

interface LayerState {
  id: string;
  size: number;
  downloaded: number;
  extracted: number;
}

export function planPull(
  layers: { id: string; size: number }[],
  pace = DEFAULT_PACE,
): TimelineStep[] {
  const steps: TimelineStep[] = layers.map((layer) => ({
    at: 0,
    id: layer.id,
    status: 'Pulling fs layer',
  }));
  layers.slice(MAX_CONCURRENT_DOWNLOADS).forEach((layer) => {
    steps.push({ at: 0, id: layer.id, status: 'Waiting' });
  });
  const states: LayerState[] = layers.map((layer) => ({ ...layer, downloaded: 0, extracted: 0 }));
  const done = (s: LayerState) => s.downloaded >= s.size;
  let extracting = 0;

  for (let at = pace.tick; extracting < states.length; at += pace.tick) {
    const active = states.filter((s) => !done(s)).slice(0, MAX_CONCURRENT_DOWNLOADS);
    const share = (pace.bandwidth * pace.tick) / Math.max(1, active.length);
    for (const state of active) {
      state.downloaded = Math.min(state.size, state.downloaded + share);
      if (!done(state)) {
        steps.push({
          at,
          id: state.id,
          status: 'Downloading',
          current: Math.floor(state.downloaded),
          total: state.size,
        });
        continue;
      }
      steps.push({ at, id: state.id, status: 'Verifying Checksum' });
      steps.push({ at, id: state.id, status: 'Download complete' });
    }

    // One extraction at a time, in layer order, once that layer is downloaded.
    let budget = pace.extractRate * pace.tick;
    while (budget > 0 && extracting < states.length && done(states[extracting]!)) {
      const state = states[extracting]!;
      const step = Math.min(budget, state.size - state.extracted);
      state.extracted += step;
      budget -= step;
      steps.push({
        at,
        id: state.id,
        status: 'Extracting',
        current: Math.floor(state.extracted),
        total: state.size,
      });
      if (state.extracted < state.size) break;
      steps.push({ at, id: state.id, status: 'Pull complete' });
      extracting++;
    }
  }
  return steps;
}
