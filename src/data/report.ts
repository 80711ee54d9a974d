/** The report's parts from the content collection, in reading order. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SectionEntry = CollectionEntry<'sections'>;

export async function getSections(): Promise<SectionEntry[]> {
  const entries = await getCollection('sections');
  return entries.sort((a, b) => a.data.order - b.data.order);
}
