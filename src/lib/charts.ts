import { z } from 'astro/zod';
import { bilingual } from './figures';

/**
 * A chart of figures the report states. `share`: one figure as a part of a
 * whole (0 to 100%). `compare`: two or more figures in one unit, side by side.
 */
export const chartKinds = ['share', 'compare'] as const;

export const chartBarSchema = z
  .object({
    figure: z.string().min(1),
    /** Shorter name for the bar than the figure's label. */
    label: bilingual,
    /**
     * Where the report's unit differs from the chart's, the range the stated
     * value covers in the chart's unit (one month = 28 to 31 days), and why.
     */
    range: z.object({ from: z.number(), to: z.number(), note: bilingual }).strict().optional(),
  })
  .strict();

export const chartSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: z.enum(chartKinds),
    /** The paragraph the chart illustrates. */
    paragraph: z.string().min(1),
    title: bilingual,
    /** One sentence that says what the chart shows, no more than the report states. */
    takeaway: bilingual,
    /** Unit of the value axis. */
    unit: bilingual,
    bars: z.array(chartBarSchema).min(1),
  })
  .strict();

export type ChartDefinition = z.infer<typeof chartSchema>;

export function chartAnchor(id: string): string {
  return `chart-${id}`;
}

export function chartsOfParagraph(charts: readonly ChartDefinition[], paragraph: string): ChartDefinition[] {
  return charts.filter((c) => c.paragraph === paragraph);
}
