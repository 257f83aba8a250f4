import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseActualsCsv, readCsvTable, readCsvTableInSteps, suggestMapping, type ActualsCsvOptions } from "./csv-parse";

const base: ActualsCsvOptions = {
  mapping: { month: "Maand", cost: "Kosten", benefit: "Opbrengst", note: "Notitie" },
  startMonth: "2026-01",
  horizonMonths: 24,
  currentPeriod: "2026-06",
};
const en = { ...base, mapping: { month: "Month", cost: "Cost", benefit: "Benefit" } };
const enWithNote = { ...base, mapping: { ...en.mapping, note: "Note" } };
const noNote = { ...base, mapping: { month: "Maand", cost: "Kosten", benefit: "Opbrengst" } };
const codes = (result: ReturnType<typeof parseActualsCsv>) => result.errors.map((e) => [e.line, e.field, e.code]);

describe("parseActualsCsv: formats", () => {
  it("reads a Dutch file: BOM, ';', decimal comma, DD-MM-YYYY", () => {
    const text = "\uFEFFMaand;Kosten;Opbrengst;Notitie\r\n01-01-2026;1.234,56;0;Start\r\n01-02-2026;€ 500;1.250,5;\r\n";
    const result = parseActualsCsv(text, base);
    expect(result.errors).toEqual([]);
    expect(result.delimiter).toBe(";");
    expect(result.formats).toMatchObject({ decimal: "comma", month: "DD-MM-YYYY" });
    expect(result.rows).toEqual([
      { line: 2, period: "2026-01", cost: "1234.56", benefit: "0.00", note: "Start", replaces: false },
      { line: 3, period: "2026-02", cost: "500.00", benefit: "1250.50", note: "", replaces: false },
    ]);
  });

  it("reads an English file: ',', quoted thousands, decimal point, YYYY-MM", () => {
    const text = 'Month,Cost,Benefit,Note\n2026-03,"1,234.56",99.9,"a, b"\n2026-04,0.5,"12,000",\n';
    const result = parseActualsCsv(text, enWithNote);
    expect(result.errors).toEqual([]);
    expect(result.formats).toMatchObject({ decimal: "point", month: "YYYY-MM", decimalAmbiguous: false });
    expect(result.rows.map((r) => [r.period, r.cost, r.benefit, r.note])).toEqual([
      ["2026-03", "1234.56", "99.90", "a, b"],
      ["2026-04", "0.50", "12000.00", ""],
    ]);
  });

  it("decides an ambiguous 1,234 by the whole column", () => {
    const grouped = parseActualsCsv("Month,Cost,Benefit\n2026-01,\"1,234\",\"2,500\"\n", en);
    expect(grouped.rows[0]).toMatchObject({ cost: "1234.00", benefit: "2500.00" });
    expect(grouped.formats).toMatchObject({ decimal: "point", decimalAmbiguous: true });
    const nl = parseActualsCsv("Maand;Kosten;Opbrengst\n2026-01;1.234;2.500\n", noNote);
    expect(nl.rows[0]).toMatchObject({ cost: "1234.00", benefit: "2500.00" });
    // The second row proves the column uses a decimal comma, so "1,234" cannot be 1234.
    const proven = parseActualsCsv("Maand;Kosten;Opbrengst\n2026-01;1,234;0\n2026-02;12,50;0\n", noNote);
    expect(proven.formats.decimal).toBe("comma");
    expect(codes(proven)).toEqual([[2, "cost", "AMOUNT_TOO_PRECISE"]]);
  });

  it("lets the user override the decimal format", () => {
    const result = parseActualsCsv("Maand;Kosten;Opbrengst\n2026-01;1.234;2.500\n", { ...noNote, decimalFormat: "point" });
    expect(result.formats).toMatchObject({ decimal: "point", decimalDetected: "comma" });
    // 1.234 with a decimal point has 3 decimals; 2.500 is 2.5.
    expect(codes(result)).toEqual([[2, "cost", "AMOUNT_TOO_PRECISE"]]);
  });

  it.each([
    ["2026-03", "YYYY-MM"],
    ["2026-03-01", "YYYY-MM-DD"],
    ["2026-03-31 00:00:00", "YYYY-MM-DD"],
    ["03-2026", "MM-YYYY"],
    ["03/2026", "MM-YYYY"],
    ["01-03-2026", "DD-MM-YYYY"],
    ["1.3.2026", "DD-MM-YYYY"],
    ["mrt 2026", "MONTH YYYY"],
    ["Maart 2026", "MONTH YYYY"],
    ["March 2026", "MONTH YYYY"],
    ["Mar-2026", "MONTH YYYY"],
  ])("reads the month %s (%s)", (cell, format) => {
    const result = parseActualsCsv(`Month,Cost,Benefit\n${cell},1,2\n`, en);
    expect(result.formats.month).toBe(format);
    expect(result.rows[0]?.period).toBe("2026-03");
  });

  it("reads month-first dates when the column proves it", () => {
    const result = parseActualsCsv("Month,Cost,Benefit\n03-01-2026,1,2\n04-30-2026,1,2\n", en);
    expect(result.formats.month).toBe("MM-DD-YYYY");
    expect(result.rows.map((r) => r.period)).toEqual(["2026-03", "2026-04"]);
  });
});

describe("parseActualsCsv: row errors name their line", () => {
  it("reports each kind of problem, counting lines of multi-line notes", () => {
    const text = [
      "Maand;Kosten;Opbrengst;Notitie",
      '2026-01;100;200;"two\nlines"', // lines 2-3
      "2026-02;-5;200;", // 4
      "2026-03;abc;;", // 5
      "2026-04;2.000.000.000.000;1,999;", // 6
      ";1;1;", // 7
      "maand 13;1;1;", // 8
      "2025-12;1;1;", // 9: before the start
      "2026-09;1;1;", // 10: future
      "2026-01;1;1;", // 11: duplicate of line 2
      `2026-05;1;1;${"x".repeat(2001)}`, // 12
      "", // 13: blank, skipped
      "2026-06;(40);1;", // 14
    ].join("\n");
    const result = parseActualsCsv(text, base);
    expect(codes(result)).toEqual([
      [4, "cost", "AMOUNT_NEGATIVE"],
      [5, "cost", "AMOUNT_UNREADABLE"],
      [5, "benefit", "AMOUNT_EMPTY"],
      [6, "cost", "AMOUNT_TOO_LARGE"],
      [6, "benefit", "AMOUNT_TOO_PRECISE"],
      [7, "month", "MONTH_EMPTY"],
      [8, "month", "MONTH_UNREADABLE"],
      [9, "month", "MONTH_OUTSIDE_HORIZON"],
      [10, "month", "MONTH_IN_FUTURE"],
      [11, "month", "MONTH_DUPLICATE"],
      [12, "note", "NOTE_TOO_LONG"],
      [14, "cost", "AMOUNT_NEGATIVE"],
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([2]);
    expect(result.skipped).toEqual([]);
    const duplicate = result.errors.find((e) => e.code === "MONTH_DUPLICATE");
    expect(duplicate).toMatchObject({ column: "Maand", message: "2026-01 appears more than once (also on line 2)" });
    expect(result.errors.find((e) => e.line === 9)?.message).toBe("2025-12 is outside the investment's horizon (2026-01 – 2027-12)");
  });

  it("leaves rows without any amount alone: a month without actuals, not zero", () => {
    const result = parseActualsCsv("Maand;Kosten;Opbrengst;Notitie\n2026-01;1;1;\n2026-02;;;later\nTotaal;;;\n", base);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.period)).toEqual(["2026-01"]);
    expect(result.skipped).toEqual([3, 4]);
  });

  it("refuses months that already have actuals unless replacing", () => {
    const text = "Maand;Kosten;Opbrengst\n2026-01;1;1\n2026-02;1;1\n";
    const kept = parseActualsCsv(text, { ...noNote, existingPeriods: ["2026-02"] });
    expect(codes(kept)).toEqual([[3, "month", "MONTH_EXISTS"]]);
    const replaced = parseActualsCsv(text, { ...noNote, existingPeriods: ["2026-02"], replaceExisting: true });
    expect(replaced.errors).toEqual([]);
    expect(replaced.rows.map((r) => r.replaces)).toEqual([false, true]);
  });

  it("reports an unterminated quote on its line", () => {
    const result = parseActualsCsv('Maand;Kosten;Opbrengst;Notitie\n2026-01;1;1;ok\n2026-02;1;1;"open\n2026-03;1;1;x\n', base);
    expect(result.errors[0]).toMatchObject({ line: 3, code: "UNTERMINATED_QUOTE" });
  });

  it("names missing and doubly used columns on the header line", () => {
    const result = parseActualsCsv("Maand;Kosten\n2026-01;1\n", { ...base, mapping: { month: "Maand", cost: "Kosten", benefit: "Kosten" } });
    expect(codes(result)).toEqual([
      [1, "file", "SAME_COLUMN_TWICE"],
    ]);
    const missing = parseActualsCsv("Maand;Kosten\n2026-01;1\n", base);
    expect(missing.errors.map((e) => [e.line, e.field, e.code, e.column])).toEqual([
      [1, "benefit", "MISSING_COLUMN", "Opbrengst"],
      [1, "note", "MISSING_COLUMN", "Notitie"],
    ]);
  });

  it("refuses empty files and files without data rows", () => {
    expect(codes(parseActualsCsv("", base))).toEqual([[null, "file", "EMPTY_FILE"]]);
    expect(codes(parseActualsCsv("Maand;Kosten;Opbrengst\n\n", noNote))).toEqual([[null, "file", "NO_DATA_ROWS"]]);
  });
});

describe("file checks", () => {
  it("refuses Windows-1252 bytes and UTF-16, naming the line", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Maand;Kosten;Opbrengst\n2026-01;1;1\n2026-02;1;1;"), 0x80, 0x0a]);
    const result = decodeCsvBytes(bytes);
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_UTF8", line: 3 } });
    if (!result.ok) expect(result.error.message).toMatch(/save it as "CSV UTF-8"/);
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x4d, 0x00]))).toMatchObject({ ok: false, error: { code: "NOT_UTF8" } });
    expect(codes(parseActualsCsv("Maand;Kosten;Opbrengst\n2026-01;1;caf\uFFFD\n", base))).toEqual([[2, "file", "NOT_UTF8"]]);
  });

  it("refuses a NUL or half an emoji, which the database cannot store, naming the line", () => {
    expect(codes(parseActualsCsv("Maand;Kosten;Opbrengst\n2026-01;1;1\n2026-02;1;1 \u0000\n", base))).toEqual([[3, "file", "NOT_UTF8"]]);
    expect(codes(parseActualsCsv("Maand;Kosten;Opbrengst\r\n2026-01;1;1 \uD83D\r\n", base))).toEqual([[2, "file", "NOT_UTF8"]]);
    expect(decodeCsvBytes(new TextEncoder().encode("Maand;Kosten;Opbrengst\n\n2026-01;1;\u0000\n"))).toMatchObject({ ok: false, error: { code: "NOT_UTF8", line: 3 } });
  });

    it("accepts UTF-8 with a BOM", () => {
    const result = decodeCsvBytes(new TextEncoder().encode("\uFEFFMaand;Kosten;Opbrengst\n2026-01;€ 1;1\n"));
    expect(result).toEqual({ ok: true, text: "Maand;Kosten;Opbrengst\n2026-01;€ 1;1\n" });
  });

  it("refuses more than 5 MB before reading, and more than 10,000 rows", () => {
    expect(decodeCsvBytes(new Uint8Array(5 * 1024 * 1024 + 1))).toMatchObject({ ok: false, error: { code: "FILE_TOO_LARGE" } });
    expect(codes(parseActualsCsv("x".repeat(50 * 1024 * 1024), base))).toEqual([[null, "file", "FILE_TOO_LARGE"]]);
    const many = `Maand;Kosten;Opbrengst\n${"2026-01;1;1\n".repeat(10_001)}`;
    expect(codes(parseActualsCsv(many, noNote))).toEqual([[null, "file", "TOO_MANY_ROWS"]]);
  });

  it("reads in steps with progress, giving the same table", async () => {
    const text = `Maand;Kosten;Opbrengst;Notitie\n${'2026-01;1,5;2;"a\nb"\n'.repeat(3000)}`;
    const progress: number[] = [];
    const stepped = await readCsvTableInSteps(text, (fraction) => progress.push(fraction), 4096);
    expect(stepped).toEqual(readCsvTable(text));
    expect(stepped.records.at(-1)?.line).toBe(2 + 2999 * 2);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((p, i) => p <= 1 && (i === 0 || p >= progress[i - 1]))).toBe(true);
  });
});

describe("suggestMapping", () => {
  it("guesses Dutch and English headers, skipping forecast columns", () => {
    expect(suggestMapping(["Datum", "Kosten (EUR)", "Baten", "Opmerking"])).toEqual({ month: "Datum", cost: "Kosten (EUR)", benefit: "Baten", note: "Opmerking" });
    expect(suggestMapping(["Month", "Forecast cost", "Forecast benefit", "Actual cost", "Actual benefit", "Note"])).toEqual({
      month: "Month",
      cost: "Actual cost",
      benefit: "Actual benefit",
      note: "Note",
    });
    expect(suggestMapping(["Maand", "Verwachte kosten", "Verwachte opbrengst", "Werkelijke kosten", "Werkelijke opbrengst", "Notitie"])).toMatchObject({
      cost: "Werkelijke kosten",
      benefit: "Werkelijke opbrengst",
    });
  });

  it("prefers the remembered mapping where the file has those headers", () => {
    const remembered = { month: "Periode", cost: "Uitgaven", benefit: "Resultaat", note: "Weg" };
    expect(suggestMapping(["Periode", "Kosten", "Uitgaven", "Resultaat"], remembered)).toEqual({ month: "Periode", cost: "Uitgaven", benefit: "Resultaat" });
  });
});
