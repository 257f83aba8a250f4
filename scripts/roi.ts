// Command line for the ROI engine: npm run -s roi -- FILE.json [--scenario NAME] [--pretty] [--as-of YYYY-MM]
//   [--discount-rate PCT] [--seed N] [--draws N] [--no-risk] [--summary]
// Reads a format-v1 investment definition (or "-" for standard input) and prints the output
// document as JSON, each leak with its English sentence beside its code and params, with the
// sensitivity and the seeded simulation (`risk`) unless --no-risk; --summary prints a text instead.
// Exit codes: 0 ok, 1 invalid input, 2 wrong usage.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  DEFAULT_SIMULATION_DRAWS,
  DEFAULT_SIMULATION_SEED,
  SCENARIO_NAMES,
  findMonthOfPeriod,
  evaluateDefinition,
  formatValidationError,
  parseDefinitionText,
  selectScenario,
  type ScenarioName,
} from "../lib/roi/index";
import { renderLeakMessage } from "../lib/leaks/leak-messages";
import { toDecimal } from "../lib/roi/decimal";
import { resolveSimulationOptions } from "../lib/roi/simulation";
import { renderSummary } from "./roi-summary";

const USAGE = `Usage: npm run -s roi -- FILE.json|- [--scenario ${SCENARIO_NAMES.join("|")}] [--pretty] [--as-of YYYY-MM]
         [--discount-rate PCT] [--seed N] [--draws N] [--no-risk] [--summary]

Evaluates an investment definition (format v1) and prints the result as JSON;
each leak carries its English "message" beside its code and params.
  FILE.json       the definition; "-" reads standard input
  --scenario      print only this scenario
  --pretty        indent the JSON
  --as-of         treat months before this calendar month as past (default: the
                  definition's asOfMonth, else the current month)
  --discount-rate annual discount rate in % (0-100) used like a workspace default:
                  the definition's own discountRatePct still wins (default 8)
  --seed          seed of the simulation, a whole number 0-4294967295 (default ${DEFAULT_SIMULATION_SEED})
  --draws         draws of the simulation, 100-100000 (default ${DEFAULT_SIMULATION_DRAWS})
  --no-risk       skip the sensitivity and the simulation ("risk" is left out)
  --summary       print a text summary (figures per scenario, tornado, simulation)
                  instead of the JSON
Exit codes: 0 ok, 1 invalid input (errors on stderr with their field path), 2 wrong usage.`;

function failUsage(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        scenario: { type: "string" },
        pretty: { type: "boolean", default: false },
        "as-of": { type: "string" },
        "discount-rate": { type: "string" },
        seed: { type: "string" },
        draws: { type: "string" },
        "no-risk": { type: "boolean", default: false },
        summary: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return failUsage(error instanceof Error ? error.message : String(error));
  }
}

/** A whole number flag, or undefined when absent; anything else is a usage error. */
function readWholeNumber(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,10}$/.test(raw)) failUsage(`--${name} must be a whole number, got "${raw}".`);
  return Number(raw);
}

/** --seed and --draws as the engine's risk option; bounds checked by the engine's own rule. */
function readRiskOption(values: { seed?: string; draws?: string; "no-risk": boolean }) {
  if (values["no-risk"]) {
    if (values.seed !== undefined || values.draws !== undefined)
      failUsage("--seed and --draws need the simulation: drop --no-risk.");
    return undefined;
  }
  const options = { seed: readWholeNumber("seed", values.seed), draws: readWholeNumber("draws", values.draws) };
  try {
    return resolveSimulationOptions(options);
  } catch (error) {
    return failUsage(error instanceof Error ? error.message : String(error));
  }
}

function readDiscountRate(raw: string | undefined) {
  if (raw === undefined) return undefined;
  const rate = toDecimal(raw);
  if (rate === null || rate.lt(0) || rate.gt(100))
    failUsage(`--discount-rate must be a percentage from 0 to 100, got "${raw}".`);
  return rate;
}

function readInput(source: string): string {
  try {
    return readFileSync(source === "-" ? 0 : source, "utf8");
  } catch (error) {
    process.stderr.write(
      `cannot read ${source === "-" ? "standard input" : source}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}

function main(): void {
  const { values, positionals } = readArguments();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) failUsage("Expected exactly one FILE.json (or - for standard input).");
  const scenario = values.scenario;
  if (scenario !== undefined && !SCENARIO_NAMES.includes(scenario as ScenarioName)) {
    failUsage(`Unknown scenario "${scenario}".`);
  }
  const asOf = values["as-of"];
  if (asOf !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(asOf)) failUsage(`--as-of must be YYYY-MM, got "${asOf}".`);
  const risk = readRiskOption(values);
  const discountRatePct = readDiscountRate(values["discount-rate"]);

  const parsed = parseDefinitionText(readInput(positionals[0]));
  if (!parsed.ok) {
    const count = parsed.errors.length;
    process.stderr.write(`Invalid investment definition (${count} ${count === 1 ? "problem" : "problems"}):\n`);
    for (const error of parsed.errors) process.stderr.write(`${formatValidationError(error)}\n`);
    process.exit(1);
  }
  const definition = parsed.definition;
  const asOfMonth = asOf === undefined ? undefined : findMonthOfPeriod(definition.startMonth, asOf);
  const result = evaluateDefinition(definition, { asOfMonth, discountRatePct, risk });
  const selected = scenario === undefined ? result : selectScenario(result, scenario as ScenarioName);
  if (values.summary) {
    process.stdout.write(renderSummary(selected));
    return;
  }
  // The engine speaks in codes and params; a person reading the command's output gets the sentence too.
  const leaks = selected.leaks.map((leak) => ({ ...leak, message: renderLeakMessage(leak, "en", selected.currency) }));
  const output = { ...selected, leaks };
  process.stdout.write(`${JSON.stringify(output, null, values.pretty ? 2 : undefined)}\n`);
}

main();
