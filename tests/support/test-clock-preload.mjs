// node --import this file: shifts the process's clock when TEST_CLOCK is set (see test-clock.mjs).
import { installTestClock } from "./test-clock.mjs";

installTestClock();
