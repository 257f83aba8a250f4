// A small seeded pseudo-random generator for the simulation. Math.random cannot be seeded,
// and the same seed must give the same draws on every machine and JavaScript engine:
// mulberry32 uses only 32-bit integer arithmetic (Math.imul, shifts), which every engine
// computes identically.

/** The largest seed; seeds are whole numbers 0..2^32 − 1 (the generator's 32-bit state). */
export const MAX_SEED = 0xffff_ffff;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state advanced by 0x6D2B79F5 per call,
 * then mixed. Returns uniform numbers in [0, 1) with 32 random bits (state ÷ 2^32).
 */
export function createMulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
