"use client";

import { SparkLineChart } from "@tremor/react";

type Point = { period: string; actual: number | null; forecast: number | null };

/** A small cumulative-ROI trend (measured against forecast); the row's figures carry the meaning. */
export function RoiSparkline({ points }: { points: Point[] }) {
  if (points.length < 2) return null;
  return (
    <span aria-hidden="true" className="block w-24">
      <SparkLineChart
        className="h-8 w-24"
        data={points.map((p) => ({ period: p.period, actual: p.actual ?? undefined, forecast: p.forecast ?? undefined }))}
        index="period"
        categories={["forecast", "actual"]}
        colors={["blue", "slate"]}
        connectNulls
      />
    </span>
  );
}
