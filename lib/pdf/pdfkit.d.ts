// pdfkit (react-pdf's PDF writer) ships no types; report-fonts.ts only patches its font switch.
declare module "pdfkit" {
  const PDFDocument: { prototype: unknown };
  export default PDFDocument;
}
