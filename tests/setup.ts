import fc from 'fast-check';

// Property tests and the bounded fuzz: under CI (CI=true) every property runs from one fixed seed,
// so a red run is reproducible rather than luck; a local `npm test` or `npm run fuzz` draws a new
// seed each time and prints it on a failure. FUZZ_SEED=S replays one anywhere.
const seed = process.env.FUZZ_SEED ?? (process.env.CI ? '20261125' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
