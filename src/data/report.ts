/** The report's content from its collections: parts in reading order, figures and charts in their files' order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChartDefinition } from '../lib/charts';
import type { Figure } from '../lib/figures';

export type SectionEntry = CollectionEntry<'sections'>;

export async function getSections(): Promise<SectionEntry[]> {
  const entries = await getCollection('sections');
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** The entries' data in the order of their file, without that order. */
function inOrder<T>(entries: { data: T & { fileOrder: number } }[]): T[] {
  return entries.sort((a, b) => a.data.fileOrder - b.data.fileOrder).map(({ data: { fileOrder: _, ...data } }) => data as T);
}

export async function getFigures(): Promise<Figure[]> {
  return inOrder<Figure>(await getCollection('figures'));
}

export async function getCharts(): Promise<ChartDefinition[]> {
  return inOrder<ChartDefinition>(await getCollection('charts'));
}
