import { getFigures } from '../../data/report';
import { figuresCsv } from '../../lib/figures-export';

export async function GET(): Promise<Response> {
  return new Response(figuresCsv(await getFigures(), import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
