export interface TestClockShift {
  /** The TEST_CLOCK value the process started at. */
  readonly instant: string;
  /** Milliseconds added to the real clock. */
  readonly offsetMs: number;
  /** The unshifted Date constructor. */
  readonly RealDate: DateConstructor;
}
export function shiftedDate(RealDate: DateConstructor, offsetMs: number): DateConstructor;
export function parseTestClock(value: string): number;
export function installTestClock(env?: Record<string, string | undefined>): TestClockShift | null;
