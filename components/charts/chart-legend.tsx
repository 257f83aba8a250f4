/**
 * A chart's legend, drawn by us: Tremor's own legend holds an element with tabIndex 0, which
 * must not sit inside a chart hidden from screen readers. `color` is a Tremor colour name
 * ("blue": its -500 shade, as the lines use) or a hex colour ("#2563eb").
 */
export function ChartLegend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1 text-xs text-gray-700">
      {items.map(({ label, color }) => {
        const hex = color.startsWith("#");
        return (
          <li key={label} className="inline-flex items-center gap-1.5">
            <span className={`inline-block h-2 w-2 shrink-0 rounded-full ${hex ? "" : `bg-${color}-500`}`} style={hex ? { backgroundColor: color } : undefined} />
            {label}
          </li>
        );
      })}
    </ul>
  );
}
