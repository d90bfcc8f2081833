import fc from 'fast-check';

// Property tests run with a fixed seed so CI is repeatable; set FC_SEED to explore other inputs
// (a failure prints its seed and counterexample; add that case as a plain test once fixed).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
