/** "AI lead scoring (2026)" → "ai-lead-scoring-2026.json"; never empty, never a path. */
export function exportFileName(name: string, extension: "json" | "json.gz" | "csv"): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return `${base || "export"}.${extension}`;
}

/** A Content-Disposition header with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
export function attachmentHeader(filename: string, original?: string): string {
  const exact = original ? `; filename*=UTF-8''${encodeURIComponent(original)}` : "";
  return `attachment; filename="${filename.replace(/["\\]/g, "")}"${exact}`;
}
