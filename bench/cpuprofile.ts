export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const nameOf = (node: ProfileNode) => {
  const frame = node.callFrame;
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
};

/** Self and inclusive time per function (name, file and line), largest first. */
export function functionTimes(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = nameOf(byId.get(id)!);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    // Each function on the stack once, however deep it recurses.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      onStack.add(nameOf(byId.get(at)!));
    for (const name of onStack) total.set(name, (total.get(name) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) =>
    [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { self: sorted(self), total: sorted(total) };
}

/**
 * The stretches of the profile where the main thread ran without a break of `gapMs` (roughly, its
 * tasks), longest first, each with the functions that took most of it (inclusive time).
 */
export function busyStretches(profile: Profile, minMs = 150, gapMs = 4) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const idle = (id: number) => {
    const name = byId.get(id)!.callFrame.functionName;
    return name === '(idle)' || name === '(program)' || name === '(root)';
  };
  const stretches: { startMs: number; ms: number; top: { name: string; ms: number }[] }[] = [];
  let current: { start: number; end: number; samples: [number, number][] } | null = null;
  let idleRun = 0;
  let t = profile.startTime;
  const close = () => {
    if (!current) return;
    const ms = (current.end - current.start) / 1000;
    if (ms >= minMs) {
      const total = new Map<string, number>();
      for (const [id, dt] of current.samples) {
        const onStack = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
          onStack.add(nameOf(byId.get(at)!));
        for (const name of onStack) total.set(name, (total.get(name) ?? 0) + dt / 1000);
      }
      const top = [...total]
        .map(([name, v]) => ({ name, ms: v }))
        .filter((x) => !x.name.startsWith('(root)'))
        .sort((x, y) => y.ms - x.ms)
        .slice(0, 14);
      stretches.push({ startMs: (current.start - profile.startTime) / 1000, ms, top });
    }
    current = null;
  };
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (idle(id)) {
      idleRun += dt;
      if (idleRun > gapMs * 1000) close();
      return;
    }
    idleRun = 0;
    if (!current) current = { start: t, end: t, samples: [] };
    current.end = t;
    current.samples.push([id, dt]);
  });
  close();
  return stretches.sort((x, y) => y.ms - x.ms);
}

/** An event of a Chrome trace, as far as the benchmark reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
