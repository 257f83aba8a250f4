import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  type ParsedRate,
  type RateCsvProblem,
  RATE_CSV_PROBLEM_CODES,
  parseRateCsv,
  rateCsvProblemText,
} from "./rate-csv";

// Fixtures: tests/fixtures/rates/README.md says where each file comes from. The figures
// below are worked out by hand from the rows of those files and spelled out here.

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/rates", name), "utf8");
const HIST = fixture("ecb-eurofxref-hist-sample.csv");
const DAILY = fixture("ecb-eurofxref-daily.csv");
const PORTAL = fixture("ecb-data-portal-usd-monthly.csv");
const PLAIN = fixture("plain-monthly.csv");
const PORTAL_HEADER = PORTAL.split("\n")[0];
const TITLES = `99Q1=100,,,4,,4F0,,US dollar/Euro ECB reference exchange rate,"ECB reference exchange rate, US dollar/Euro, 2.15 pm (C.E.T.)",USD,0`;

function ratesOf(text: string, options?: { monthly?: "average" | "last" }): ParsedRate[] {
  const result = parseRateCsv(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.rates;
}

function problemsOf(text: string): RateCsvProblem[] {
  const result = parseRateCsv(text);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

const find = (rates: ParsedRate[], to: string, period: string, from = "EUR") =>
  rates.find((rate) => rate.from === from && rate.to === to && rate.period === period);

/** The days and values of one column of the history sample in one month, oldest first. */
function days(code: string, period: string): [string, string][] {
  const [header, ...rows] = HIST.trim()
    .split("\n")
    .map((line) => line.split(","));
  const at = header.indexOf(code);
  return rows
    .filter((row) => row[0].startsWith(period))
    .map((row): [string, string] => [row[0], row[at]])
    .reverse();
}
const column = (code: string, period: string) => days(code, period).map(([, value]) => value);

const texts = (problem: RateCsvProblem) => [rateCsvProblemText(problem, "en"), rateCsvProblemText(problem, "nl")];

describe("the ECB's eurofxref-hist.csv", () => {
  it("is recognised, header with a trailing comma, rows newest first", () => {
    const result = parseRateCsv(HIST);
    expect(result).toMatchObject({ ok: true, layout: "ecb-daily" });
    const rates = ratesOf(HIST);
    // 41 currency columns; 11 are N/A on every day of 2025 (withdrawn, or RUB since 2022).
    expect(rates).toHaveLength(30 * 3);
    for (const code of ["CYP", "EEK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "HRK", "RUB", "TRL"]) {
      expect(
        rates.filter((rate) => rate.to === code),
        code,
      ).toEqual([]);
    }
    expect(rates.every((rate) => rate.from === "EUR")).toBe(true);
    const keys = rates.map((rate) => `${rate.from}>${rate.to}>${rate.period}`);
    expect(keys).toEqual([...keys].sort());
    expect(rates.slice(0, 3).map((rate) => `${rate.to} ${rate.period}`)).toEqual([
      "AUD 2025-02",
      "AUD 2025-03",
      "AUD 2025-04",
    ]);
  });

  it("averages each month's USD values exactly", () => {
    const march = [
      "1.0465",
      "1.0557",
      "1.0694",
      "1.0796",
      "1.0857",
      "1.0845",
      "1.0912",
      "1.0886",
      "1.083",
      "1.0889",
      "1.0903",
      "1.0918",
      "1.0897",
      "1.0833",
      "1.0827",
      "1.0824",
      "1.0825",
      "1.0788",
      "1.0785",
      "1.0797",
      "1.0815",
    ];
    expect(column("USD", "2025-03")).toEqual(march);
    // Sum 22.6943 over 21 days = 1.08068095238095…, half-up at 10 decimals.
    const rates = ratesOf(HIST);
    expect(find(rates, "USD", "2025-03")).toEqual({
      from: "EUR",
      to: "USD",
      period: "2025-03",
      rate: "1.0806809524",
      days: 21,
    });
    // February: 20.8250 / 20 days. April: 22.4279 / 20 days (no rates on Good Friday 18 and Easter Monday 21 April).
    expect(column("USD", "2025-02")).toHaveLength(20);
    expect(find(rates, "USD", "2025-02")).toMatchObject({ rate: "1.04125", days: 20 });
    expect(column("USD", "2025-04")).toHaveLength(20);
    expect(find(rates, "USD", "2025-04")).toMatchObject({ rate: "1.121395", days: 20 });
  });

  it("rounds an average half-up at the 10th decimal", () => {
    const rates = ratesOf(HIST);
    // JPY March: 3384.50 / 21 = 161.1666666666666…; GBP March: 17.57753 / 21 = 0.837025238095…
    expect(find(rates, "JPY", "2025-03")?.rate).toBe("161.1666666667");
    expect(find(rates, "GBP", "2025-03")?.rate).toBe("0.8370252381");
    // CHF April: 18.7399 / 20; BGN is pegged: 1.9558 every day.
    expect(find(rates, "CHF", "2025-04")?.rate).toBe("0.936995");
    expect(find(rates, "BGN", "2025-02")).toMatchObject({ rate: "1.9558", days: 20 });
  });

  it("takes the last business day's value with monthly: last", () => {
    const rates = ratesOf(HIST, { monthly: "last" });
    expect(rates).toHaveLength(90);
    expect(find(rates, "USD", "2025-02")).toEqual({ from: "EUR", to: "USD", period: "2025-02", rate: "1.0411" }); // 28 February
    expect(find(rates, "USD", "2025-03")?.rate).toBe("1.0815"); // 31 March
    expect(find(rates, "USD", "2025-04")?.rate).toBe("1.1373"); // 30 April
    expect(find(rates, "GBP", "2025-02")?.rate).toBe("0.82608");
  });

  it("gives the same rates with CRLF line ends and a UTF-8 BOM", () => {
    const windows = `\uFEFF${HIST.replace(/\n/g, "\r\n")}`;
    expect(parseRateCsv(windows)).toEqual(parseRateCsv(HIST));
    expect(parseRateCsv(windows, { monthly: "last" })).toEqual(parseRateCsv(HIST, { monthly: "last" }));
  });

  it("does not depend on the order of the rows", () => {
    const [header, ...rows] = HIST.trim().split("\n");
    expect(parseRateCsv([header, ...rows.reverse()].join("\n"), { monthly: "last" })).toEqual(
      parseRateCsv(HIST, { monthly: "last" }),
    );
  });

  it("skips withdrawn currencies that have values, and columns that are N/A throughout", () => {
    // Real rows of 29 and 30 December 2022, the kuna's last days.
    const text =
      "Date,USD,CYP,HRK,RUB,XYZ,\n2022-12-30,1.0666,N/A,7.5365,N/A,N/A,\n2022-12-29,1.0649,N/A,7.5365,N/A,,\n";
    // (1.0666 + 1.0649) / 2
    expect(ratesOf(text)).toEqual([{ from: "EUR", to: "USD", period: "2022-12", rate: "1.06575", days: 2 }]);
  });
});

describe("the ECB's one-day eurofxref.csv", () => {
  it("reads `Date, USD, …` with spaces, a long date and zero-padded values", () => {
    const result = parseRateCsv(DAILY);
    expect(result).toMatchObject({ ok: true, layout: "ecb-daily" });
    const rates = ratesOf(DAILY);
    expect(rates).toHaveLength(30);
    expect(find(rates, "USD", "2024-10")).toEqual({
      from: "EUR",
      to: "USD",
      period: "2024-10",
      rate: "1.1039",
      days: 1,
    });
    expect(find(rates, "GBP", "2024-10")?.rate).toBe("0.84258");
    expect(find(rates, "ISK", "2024-10")?.rate).toBe("149.3"); // written 149.30
    expect(find(rates, "SEK", "2024-10")?.rate).toBe("11.361"); // written 11.3610
    expect(ratesOf(DAILY, { monthly: "last" })[0]).toEqual({
      from: "EUR",
      to: "AUD",
      period: "2024-10",
      rate: "1.6124",
    });
  });
});

describe("the ECB Data Portal CSV", () => {
  it("reads monthly rows, the quoted TITLE_COMPL with its commas leaving the columns in place", () => {
    const result = parseRateCsv(PORTAL);
    expect(result).toMatchObject({ ok: true, layout: "ecb-data-portal" });
    // OBS_VALUE 1.080680952381 (13 decimals at most, as the portal writes) → 10 decimals, half-up.
    expect(ratesOf(PORTAL)).toEqual([
      { from: "EUR", to: "USD", period: "2025-02", rate: "1.04125" },
      { from: "EUR", to: "USD", period: "2025-03", rate: "1.0806809524" },
      { from: "EUR", to: "USD", period: "2025-04", rate: "1.121395" },
    ]);
    // The same figures as the averages of the daily file.
    const averages = ratesOf(HIST).filter((rate) => rate.to === "USD");
    expect(ratesOf(PORTAL).map((rate) => rate.rate)).toEqual(averages.map((rate) => rate.rate));
  });

  it("gathers daily rows (FREQ D) into months like the ECB layout", () => {
    const rows = days("USD", "2025-03").map(
      ([date, value]) => `EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,${date},${value},A,F,,,P1D,,A,,,,,,,${TITLES}`,
    );
    expect(rows[0]).toMatch(/,2025-03-03,1\.0465,/);
    const text = [PORTAL_HEADER, ...rows].join("\r\n");
    expect(ratesOf(text)).toEqual([{ from: "EUR", to: "USD", period: "2025-03", rate: "1.0806809524", days: 21 }]);
    expect(ratesOf(text, { monthly: "last" })).toEqual([{ from: "EUR", to: "USD", period: "2025-03", rate: "1.0815" }]);
  });

  it("accepts every cell quoted, the short header, and skips missing observations", () => {
    const text = [
      "KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE",
      `"EXR.D.GBP.EUR.SP00.A","D","GBP","EUR","SP00","A","2025-02-27","0.82673"`,
      `"EXR.D.GBP.EUR.SP00.A","D","GBP","EUR","SP00","A","2025-02-28","0.82608"`,
      `"EXR.D.GBP.EUR.SP00.A","D","GBP","EUR","SP00","A","2025-03-01",""`,
      `"EXR.D.GBP.EUR.SP00.A","D","GBP","EUR","SP00","A","2025-03-02","NaN"`,
    ].join("\n");
    // (0.82673 + 0.82608) / 2
    expect(ratesOf(text)).toEqual([{ from: "EUR", to: "GBP", period: "2025-02", rate: "0.826405", days: 2 }]);
  });

  it("reports other frequencies, unknown currencies, bad periods and duplicates, each on its line", () => {
    const row = (freq: string, to: string, from: string, period: string, value: string) =>
      `EXR.${freq}.${to}.${from}.SP00.A,${freq},${to},${from},SP00,A,${period},${value},A,F,,,P1M,,A,,,,,,,${TITLES}`;
    const text = [
      PORTAL_HEADER,
      row("M", "USD", "EUR", "2025-02", "1.04125"), // 2
      row("A", "USD", "EUR", "2025", "1.0824"), // 3
      row("M", "XXX", "EUR", "2025-03", "1.5"), // 4
      row("M", "USD", "EUR", "2025-13", "1.08"), // 5
      row("D", "USD", "EUR", "2025-02-30", "1.08"), // 6
      row("M", "USD", "EUR", "2025-02", "1.0413"), // 7
      row("D", "USD", "EUR", "2025-02-28", "1.0411"), // 8: a month that line 2 already gives
      row("M", "USD", "USD", "2025-03", "1"), // 9
      row("M", "USD", "EUR", "2025-04", "-1.12"), // 10
    ].join("\n");
    const problems = problemsOf(text);
    expect(problems).toEqual([
      { line: 3, code: "BAD_FREQUENCY", params: { value: "A", column: "FREQ" } },
      { line: 4, code: "UNKNOWN_CURRENCY", params: { currency: "XXX", column: "CURRENCY" } },
      { line: 5, code: "BAD_MONTH", params: { value: "2025-13", column: "TIME_PERIOD" } },
      { line: 6, code: "BAD_DATE", params: { value: "2025-02-30", column: "TIME_PERIOD" } },
      { line: 7, code: "DUPLICATE", params: { from: "EUR", to: "USD", period: "2025-02", firstLine: 2 } },
      { line: 8, code: "DUPLICATE", params: { from: "EUR", to: "USD", period: "2025-02", firstLine: 2 } },
      { line: 9, code: "SAME_CURRENCY", params: { currency: "USD" } },
      { line: 10, code: "RATE_NOT_POSITIVE", params: { value: "-1.12", column: "OBS_VALUE" } },
    ]);
    expect(texts(problems[0])).toEqual([
      'Line 3, column FREQ: frequency "A" cannot be imported; only M (monthly) and D (daily) can.',
      'Regel 3, kolom FREQ: frequentie "A" kan niet worden ingelezen; alleen M (maandelijks) en D (dagelijks).',
    ]);
    expect(texts(problems[1])).toEqual([
      'Line 4, column CURRENCY: "XXX" is not an ISO 4217 currency code.',
      'Regel 4, kolom CURRENCY: "XXX" is geen ISO 4217-valutacode.',
    ]);
    expect(texts(problems[2])).toEqual([
      'Line 5, column TIME_PERIOD: "2025-13" is not a month (expected YYYY-MM, such as 2025-04).',
      'Regel 5, kolom TIME_PERIOD: "2025-13" is geen maand (verwacht JJJJ-MM, zoals 2025-04).',
    ]);
    expect(texts(problems[4])).toEqual([
      "Line 7: the rate from EUR to USD for 2025-02 also appears on line 2.",
      "Regel 7: de koers van EUR naar USD voor 2025-02 staat ook op regel 2.",
    ]);
  });
});

describe("the plain layout", () => {
  it("reads from,to,month,rate and sorts by from, to, month", () => {
    expect(parseRateCsv(PLAIN)).toEqual({
      ok: true,
      layout: "plain",
      rates: [
        { from: "EUR", to: "CHF", period: "2025-04", rate: "0.936995" },
        { from: "EUR", to: "GBP", period: "2025-03", rate: "0.8370252381" },
        { from: "EUR", to: "USD", period: "2025-02", rate: "1.04125" },
        { from: "EUR", to: "USD", period: "2025-03", rate: "1.0806809524" },
        { from: "EUR", to: "USD", period: "2025-04", rate: "1.121395" },
      ],
    });
  });

  it("accepts ';' with a decimal comma, any case and order of the header, lower-case codes, quotes and CRLF", () => {
    const text = "\uFEFFMonth;Rate;FROM;To\r\n2025-03;0,8370252381;eur;gbp\r\n2025-04;1.08;USD;CHF\r\n";
    expect(ratesOf(text)).toEqual([
      { from: "EUR", to: "GBP", period: "2025-03", rate: "0.8370252381" },
      { from: "USD", to: "CHF", period: "2025-04", rate: "1.08" },
    ]);
    expect(ratesOf(`from,to,month,rate\n"EUR","USD","2025-03"," 1.0823 "\nUSD,JPY,2025-03,149.00000000000\n`)).toEqual([
      { from: "EUR", to: "USD", period: "2025-03", rate: "1.0823" },
      { from: "USD", to: "JPY", period: "2025-03", rate: "149" },
    ]);
  });

  it("reports every problem with its line, in both languages", () => {
    const text = [
      "from,to,month,rate",
      "EUR,XYZ,2025-03,1.08", // 2
      "EUR,HRK,2025-03,7.5", // 3: withdrawn codes are not taken from a plain file
      "EUR,USD,2025-3,1.08", // 4
      "EUR,USD,2025-03,abc", // 5
      'EUR,USD,2025-03,"1,08"', // 6
      "EUR,USD,2025-03,0", // 7
      "EUR,USD,2025-03,1.08234567891", // 8
      "EUR,USD,2025-03,1.0807", // 9
      "EUR,USD,2025-03,1.0808", // 10
      "EUR,EUR,2025-03,1", // 11
      "EUR,USD,2025-04", // 12
      "EUR,GBP,2025-04,", // 13
      "", // 14: blank lines are skipped
      "EUR,GBP,2025-04,0.85,x", // 15
    ].join("\n");
    const problems = problemsOf(text);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, "UNKNOWN_CURRENCY"],
      [3, "UNKNOWN_CURRENCY"],
      [4, "BAD_MONTH"],
      [5, "BAD_RATE"],
      [6, "BAD_RATE"],
      [7, "RATE_NOT_POSITIVE"],
      [8, "TOO_MANY_DECIMALS"],
      [10, "DUPLICATE"],
      [11, "SAME_CURRENCY"],
      [12, "COLUMN_COUNT"],
      [13, "BAD_RATE"],
      [15, "COLUMN_COUNT"],
    ]);
    expect(problems.map(texts)).toEqual([
      [
        'Line 2, column to: "XYZ" is not an ISO 4217 currency code.',
        'Regel 2, kolom to: "XYZ" is geen ISO 4217-valutacode.',
      ],
      [
        'Line 3, column to: "HRK" is not an ISO 4217 currency code.',
        'Regel 3, kolom to: "HRK" is geen ISO 4217-valutacode.',
      ],
      [
        'Line 4, column month: "2025-3" is not a month (expected YYYY-MM, such as 2025-04).',
        'Regel 4, kolom month: "2025-3" is geen maand (verwacht JJJJ-MM, zoals 2025-04).',
      ],
      [
        'Line 5, column rate: "abc" is not a number (write a rate like 1.0823).',
        'Regel 5, kolom rate: "abc" is geen getal (schrijf een koers als 1.0823).',
      ],
      [
        'Line 6, column rate: "1,08" is not a number (write a rate like 1.0823).',
        'Regel 6, kolom rate: "1,08" is geen getal (schrijf een koers als 1.0823).',
      ],
      [
        "Line 7, column rate: the rate 0 is not greater than 0.",
        "Regel 7, kolom rate: de koers 0 is niet groter dan 0.",
      ],
      [
        "Line 8, column rate: the rate 1.08234567891 has more than 10 decimals.",
        "Regel 8, kolom rate: de koers 1.08234567891 heeft meer dan 10 decimalen.",
      ],
      [
        "Line 10: the rate from EUR to USD for 2025-03 also appears on line 9.",
        "Regel 10: de koers van EUR naar USD voor 2025-03 staat ook op regel 9.",
      ],
      [
        "Line 11: a rate from EUR to EUR means nothing; from and to must differ.",
        "Regel 11: een koers van EUR naar EUR zegt niets; van- en naar-valuta moeten verschillen.",
      ],
      ["Line 12: the row has 3 cells where the header has 4.", "Regel 12: de regel heeft 3 cellen, de kopregel 4."],
      ["Line 13, column rate: the rate is empty.", "Regel 13, kolom rate: de koers is leeg."],
      ["Line 15: the row has 5 cells where the header has 4.", "Regel 15: de regel heeft 5 cellen, de kopregel 4."],
    ]);
  });

  it("suggests a decimal comma in a ';' file", () => {
    const [problem] = problemsOf("from;to;month;rate\nEUR;USD;2025-03;1.0.8\n");
    expect(problem).toEqual({
      line: 2,
      code: "BAD_RATE",
      params: { value: "1.0.8", column: "rate", example: "1,0823" },
    });
    expect(rateCsvProblemText(problem, "nl")).toBe(
      'Regel 2, kolom rate: "1.0.8" is geen getal (schrijf een koers als 1,0823).',
    );
  });
});

describe("problems in the ECB layout", () => {
  const [HEADER, ...ROWS] = HIST.split("\n");

  it("reports bad columns, dates and values on their lines, all of them", () => {
    const text = [
      "Date,USD,Usd,EUR,GBP,GBP,XYZ,",
      "2025-04-30,1.1373,1,1,0.8518,0.8518,2.5,", // 2
      "2025-02-30,1.0411,1,1,0.82608,0.82608,N/A,", // 3
      "31 Febuary 2025,1.0411,1,1,0.82608,0.82608,N/A,", // 4
      "2025-04-29,abc,1,1,0,0.8498,N/A,", // 5
      "2025-04-28,1.1358,1,1,0.8514,", // 6
      "2025-04-30,1.1373,1,1,0.8518,0.8518,N/A,", // 7
    ].join("\n");
    const problems = problemsOf(text);
    expect(problems).toEqual([
      { line: 1, code: "UNKNOWN_CURRENCY", params: { currency: "Usd", column: "Usd" } },
      { line: 1, code: "SAME_CURRENCY", params: { currency: "EUR", column: "EUR" } },
      { line: 1, code: "DUPLICATE_COLUMN", params: { currency: "GBP", column: "GBP" } },
      { line: 1, code: "UNKNOWN_CURRENCY", params: { currency: "XYZ", column: "XYZ" } },
      { line: 3, code: "BAD_DATE", params: { value: "2025-02-30", column: "Date" } },
      { line: 4, code: "BAD_DATE", params: { value: "31 Febuary 2025", column: "Date" } },
      { line: 5, code: "BAD_RATE", params: { value: "abc", column: "USD", example: "1.0823" } },
      { line: 5, code: "RATE_NOT_POSITIVE", params: { value: "0", column: "GBP" } },
      { line: 6, code: "COLUMN_COUNT", params: { expected: 7, found: 5 } },
      { line: 7, code: "DUPLICATE_DAY", params: { date: "2025-04-30", firstLine: 2 } },
    ]);
    expect(problems.map(texts)).toEqual([
      [
        'Line 1, column Usd: "Usd" is not an ISO 4217 currency code.',
        'Regel 1, kolom Usd: "Usd" is geen ISO 4217-valutacode.',
      ],
      [
        "Line 1, column EUR: a rate from EUR to EUR means nothing; from and to must differ.",
        "Regel 1, kolom EUR: een koers van EUR naar EUR zegt niets; van- en naar-valuta moeten verschillen.",
      ],
      ["Line 1, column GBP: GBP has more than one column.", "Regel 1, kolom GBP: GBP heeft meer dan één kolom."],
      [
        'Line 1, column XYZ: "XYZ" is not an ISO 4217 currency code.',
        'Regel 1, kolom XYZ: "XYZ" is geen ISO 4217-valutacode.',
      ],
      [
        'Line 3, column Date: "2025-02-30" is not a date (expected 2025-11-28 or 28 November 2025).',
        'Regel 3, kolom Date: "2025-02-30" is geen datum (verwacht 2025-11-28 of 28 November 2025).',
      ],
      [
        'Line 4, column Date: "31 Febuary 2025" is not a date (expected 2025-11-28 or 28 November 2025).',
        'Regel 4, kolom Date: "31 Febuary 2025" is geen datum (verwacht 2025-11-28 of 28 November 2025).',
      ],
      [
        'Line 5, column USD: "abc" is not a number (write a rate like 1.0823).',
        'Regel 5, kolom USD: "abc" is geen getal (schrijf een koers als 1.0823).',
      ],
      ["Line 5, column GBP: the rate 0 is not greater than 0.", "Regel 5, kolom GBP: de koers 0 is niet groter dan 0."],
      ["Line 6: the row has 5 cells where the header has 7.", "Regel 6: de regel heeft 5 cellen, de kopregel 7."],
      ["Line 7: the date 2025-04-30 also appears on line 2.", "Regel 7: de datum 2025-04-30 staat ook op regel 2."],
    ]);
  });

  it("imports nothing when one cell of the real file is broken", () => {
    const broken = [HEADER, ...ROWS.map((row, index) => (index === 9 ? row.replace("1.1324", "1.13.24") : row))].join(
      "\n",
    );
    expect(parseRateCsv(broken)).toEqual({
      ok: false,
      layout: "ecb-daily",
      problems: [{ line: 11, code: "BAD_RATE", params: { value: "1.13.24", column: "USD", example: "1.0823" } }],
    });
  });

  it("reports a header without rates, also when every value is N/A", () => {
    expect(parseRateCsv(`${HEADER}\n`)).toEqual({
      ok: false,
      layout: "ecb-daily",
      problems: [{ line: 0, code: "NO_RATES", params: {} }],
    });
    expect(problemsOf("Date,CYP,EEK,\n2025-04-30,N/A,N/A,\n")).toEqual([{ line: 0, code: "NO_RATES", params: {} }]);
    expect(texts({ line: 0, code: "NO_RATES", params: {} })).toEqual([
      "The file has a header but no exchange rates.",
      "Het bestand heeft een kopregel maar geen wisselkoersen.",
    ]);
  });
});

describe("the file as a whole", () => {
  it("reports an empty file", () => {
    for (const text of ["", "\uFEFF", " \r\n\n"]) {
      expect(parseRateCsv(text)).toEqual({
        ok: false,
        layout: null,
        problems: [{ line: 0, code: "EMPTY_FILE", params: {} }],
      });
    }
    expect(texts({ line: 0, code: "EMPTY_FILE", params: {} })).toEqual(["The file is empty.", "Het bestand is leeg."]);
  });

  it("reports a header of no known layout on line 1", () => {
    for (const text of [
      "Datum;Koers\n2025-03-01;1,08\n",
      "from,to,rate\nEUR,USD,1.08\n",
      "KEY,FREQ,CURRENCY,TIME_PERIOD,OBS_VALUE\n",
    ]) {
      expect(parseRateCsv(text)).toEqual({
        ok: false,
        layout: null,
        problems: [{ line: 1, code: "UNKNOWN_LAYOUT", params: {} }],
      });
    }
    expect(texts({ line: 1, code: "UNKNOWN_LAYOUT", params: {} })).toEqual([
      "Line 1: the header is not a known exchange-rate layout: expected the ECB layout (Date,USD,JPY,…), the ECB Data Portal layout (KEY,FREQ,…,TIME_PERIOD,OBS_VALUE) or from,to,month,rate.",
      "Regel 1: de kopregel is geen bekende indeling voor wisselkoersen: verwacht de ECB-indeling (Date,USD,JPY,…), de indeling van het ECB Data Portal (KEY,FREQ,…,TIME_PERIOD,OBS_VALUE) of from,to,month,rate.",
    ]);
  });

  it("reports a header without rates in every layout", () => {
    for (const [text, layout] of [
      [PORTAL_HEADER, "ecb-data-portal"],
      ["from;to;month;rate\r\n", "plain"],
    ] as const) {
      expect(parseRateCsv(text)).toEqual({ ok: false, layout, problems: [{ line: 0, code: "NO_RATES", params: {} }] });
    }
  });

  it("has a sentence in both languages for every problem, naming its line", () => {
    const params = {
      column: "USD",
      currency: "USD",
      value: "x",
      example: "1.0823",
      expected: 4,
      found: 3,
      from: "EUR",
      to: "USD",
      period: "2025-03",
      date: "2025-03-03",
      firstLine: 2,
    };
    for (const code of RATE_CSV_PROBLEM_CODES) {
      const [en, nl] = texts({ line: 7, code, params });
      expect(en, code).toMatch(/^Line 7, column USD: \S.*\.$/);
      expect(nl, code).toMatch(/^Regel 7, kolom USD: \S.*\.$/);
      expect(`${en} ${nl}`, code).not.toMatch(/undefined|\$\{/);
    }
  });
});
