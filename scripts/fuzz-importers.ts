// The fuzz suite of `npm test`, run longer: `npm run fuzz -- [cases] [seed]` (20,000 cases by
// default). Prints how the cases ended, the most steps per character any took, and the slowest.
// Figures of past runs are in docs/fuzzing.md.
import fc from 'fast-check';
import {
  countingSteps,
  damagedFile,
  importOnce,
  prototypeSnapshot,
  stepBudget,
} from '../tests/fixtures/fuzz';

const cases = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const before = prototypeSnapshot();
const tally = { opened: 0, refused: 0 };
let worstRatio = 0;
let slowest = { ms: 0, name: '', bytes: 0 };
const started = performance.now();

fc.assert(
  fc.property(damagedFile, (input) => {
    const text = input.text ?? '';
    const t0 = performance.now();
    const { result, steps } = countingSteps(() => importOnce(input));
    const ms = performance.now() - t0;
    tally[result]++;
    worstRatio = Math.max(worstRatio, steps / (text.length + 100));
    if (ms > slowest.ms) slowest = { ms, name: input.name, bytes: text.length };
    if (steps > stepBudget(text)) throw new Error(`${steps} steps for ${text.length} characters`);
    if (prototypeSnapshot() !== before) throw new Error('a prototype changed');
  }),
  { numRuns: cases, seed },
);

const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${cases.toLocaleString('en')} cases, seed ${seed}, ${seconds.toFixed(0)} s`);
console.log(
  `  opened ${tally.opened.toLocaleString('en')}, refused with an ImportError ${tally.refused.toLocaleString('en')}, importer defects 0, prototypes unchanged`,
);
console.log(`  most steps per character ${worstRatio.toFixed(1)} (budget 16)`);
console.log(
  `  slowest ${slowest.ms.toFixed(0)} ms (${slowest.name}, ${slowest.bytes.toLocaleString('en')} characters)`,
);
