// The report's colours (text, lines, the chart series), shared by react-pdf styles and painted blocks.
export const colors = {
  ink: "#1f2937",
  muted: "#6b7280",
  line: "#e5e7eb",
  band: "#c7d2fe",
  scenario: "#4f46e5",
  actual: "#047857",
  period: "#fef3c7",
  bad: "#b91c1c",
};
