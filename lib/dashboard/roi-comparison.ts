/** Whether the measured ROI trails the forecast for the same months (both known): shown in red and in words. */
export const isBelowForecast = (figures: { actualRoiPct: number | null; forecastRoiPct: number | null }): boolean =>
  figures.actualRoiPct !== null && figures.forecastRoiPct !== null && figures.actualRoiPct < figures.forecastRoiPct;
