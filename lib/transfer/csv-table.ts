import Papa from "papaparse";
import { findUnstorableCharacter, lineOfOffset } from "@/lib/shared/storable-text";
import { MAX_CSV_BYTES, MAX_CSV_ROWS, csvError, type CsvError } from "./csv-errors";

/** A CSV file as rows of cells, each row with the line it starts on (header = line 1). */
export type CsvTable = {
  delimiter: string;
  headers: string[];
  records: { line: number; cells: string[] }[];
  errors: CsvError[];
};

const BOM = "\uFEFF";
const REPLACEMENT = "\uFFFD";
const DELIMITERS = [";", ",", "\t", "|"];

const fileError = (code: CsvError["code"], params?: CsvError["params"], line: number | null = null) =>
  csvError({ line, field: "file", code, params });

/**
 * Bytes of an uploaded file → text. Refuses non-UTF-8 files (Excel's "CSV" on Windows
 * writes Windows-1252; its "Unicode text" writes UTF-16), naming the first bad line.
 */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: CsvError } {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, error: fileError("FILE_TOO_LARGE") };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: fileError("NOT_UTF8") };
  }
  try {
    return checkCsvText(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const line = lineOfOffset(lossy, lossy.indexOf(REPLACEMENT));
    return { ok: false, error: fileError("NOT_UTF8", { line }, line) };
  }
}

/** Text as received by the server (or decoded in the browser): size, encoding and BOM. */
export function checkCsvText(raw: string): { ok: true; text: string } | { ok: false; error: CsvError } {
  // Characters never outnumber UTF-8 bytes, so a long string is refused before encoding it.
  if (raw.length > MAX_CSV_BYTES || new TextEncoder().encode(raw).byteLength > MAX_CSV_BYTES) {
    return { ok: false, error: fileError("FILE_TOO_LARGE") };
  }
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  // A replacement character (undecodable bytes), a NUL or half an emoji: none can be stored.
  const replaced = text.indexOf(REPLACEMENT);
  const unstorable = findUnstorableCharacter(text);
  const bad = replaced < 0 ? unstorable : unstorable < 0 ? replaced : Math.min(replaced, unstorable);
  if (bad >= 0) {
    const line = lineOfOffset(text, bad);
    return { ok: false, error: fileError("NOT_UTF8", { line }, line) };
  }
  if (text.trim() === "") return { ok: false, error: fileError("EMPTY_FILE") };
  return { ok: true, text };
}

/** Collects Papa's rows, tracking lines itself: a quoted value may span several lines. */
function createCollector(text: string) {
  const table: CsvTable = { delimiter: ",", headers: [], records: [], errors: [] };
  let nextLine = 1;
  let sawHeader = false;
  let dataRows = 0;
  let tooMany = false;
  let progress = 0;

  function add(results: Papa.ParseResult<string[]>): boolean {
    table.delimiter = results.meta.delimiter || table.delimiter;
    const quoteErrors = new Set(results.errors.filter((e) => e.code === "MissingQuotes").map((e) => e.row));
    results.data.forEach((cells, index) => {
      const line = nextLine;
      nextLine += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
      if (quoteErrors.has(index)) table.errors.push(csvError({ line, field: "file", code: "UNTERMINATED_QUOTE" }));
      if (cells.every((cell) => cell.trim() === "")) return;
      if (!sawHeader) {
        sawHeader = true;
        table.headers = cells.map((cell) => cell.trim());
        return;
      }
      if (++dataRows > MAX_CSV_ROWS) {
        tooMany = true;
        return;
      }
      table.records.push({ line, cells });
    });
    progress = Math.min(1, (results.meta.cursor ?? 0) / Math.max(1, text.length));
    return !tooMany;
  }

  function finish(): CsvTable {
    if (tooMany) return { ...table, records: [], errors: [fileError("TOO_MANY_ROWS")] };
    if (!sawHeader) return { ...table, errors: [fileError("EMPTY_FILE")] };
    if (table.records.length === 0 && table.errors.length === 0) table.errors.push(fileError("NO_DATA_ROWS"));
    return table;
  }

  return { add, finish, progress: () => progress };
}

/** Guessed on the first rows without blank lines, which would otherwise skew Papa's guess towards fewer columns. */
function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text.slice(0, 64 * 1024), { delimitersToGuess: DELIMITERS, skipEmptyLines: "greedy", preview: 10 });
  return sample.meta.delimiter || ",";
}

const configFor = (text: string) => ({ delimiter: guessDelimiter(text), skipEmptyLines: false as const, header: false as const });

/** Reads checked text (see checkCsvText) in one go; for the server and tests. */
export function readCsvTable(text: string): CsvTable {
  const collector = createCollector(text);
  let table: CsvTable | null = null;
  // Papa parses a string synchronously unless a chunk callback pauses it.
  Papa.parse<string[]>(text, {
    ...configFor(text),
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      if (!collector.add(results)) parser.abort();
    },
    complete: () => {
      table ??= collector.finish();
    },
  });
  if (!table) throw new Error("CSV parsing did not finish synchronously");
  return table;
}

/**
 * The same, in slices with a pause between them, so a browser can repaint a progress
 * bar while a large file is read.
 */
export function readCsvTableInSteps(text: string, onProgress: (fraction: number) => void, chunkSize = 256 * 1024): Promise<CsvTable> {
  return new Promise((resolve) => {
    const collector = createCollector(text);
    let done = false;
    Papa.parse<string[]>(text, {
      ...configFor(text),
      chunkSize,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        if (!collector.add(results)) return parser.abort();
        onProgress(collector.progress());
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => {
        if (done) return;
        done = true;
        resolve(collector.finish());
      },
    });
  });
}
