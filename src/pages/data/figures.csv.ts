import { figures } from '../../data/figures';
import { figuresCsv } from '../../lib/figures-export';

export function GET(): Response {
  return new Response(figuresCsv(figures, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
