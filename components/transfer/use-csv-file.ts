"use client";

import { useState } from "react";
import { MAX_CSV_BYTES, csvError } from "@/lib/transfer/csv-errors";
import { decodeCsvBytes, readCsvTableInSteps, type CsvError, type CsvTable } from "@/lib/transfer/csv-parse";

type FileState = {
  phase: "idle" | "reading" | "ready";
  progress: number;
  name: string;
  table: CsvTable | null;
  /** The decoded text, sent to the server on commit (which checks it all again). */
  text: string;
  error: CsvError | null;
};
const initial: FileState = { phase: "idle", progress: 0, name: "", table: null, text: "", error: null };

/** Reads a chosen file in the browser: size first (a 50 MB file is never read), then encoding, then the rows in steps. */
export function useCsvFile() {
  const [state, setState] = useState<FileState>(initial);

  async function choose(file: File): Promise<CsvTable | null> {
    if (file.size > MAX_CSV_BYTES) {
      setState({ ...initial, name: file.name, error: csvError({ line: null, field: "file", code: "FILE_TOO_LARGE" }) });
      return null;
    }
    setState({ ...initial, phase: "reading", name: file.name });
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setState({ ...initial, name: file.name, error: decoded.error });
      return null;
    }
    const table = await readCsvTableInSteps(decoded.text, (progress) => setState((s) => ({ ...s, progress })));
    setState({ phase: "ready", progress: 1, name: file.name, table, text: decoded.text, error: null });
    return table;
  }

  return { ...state, choose, reset: () => setState(initial) };
}
