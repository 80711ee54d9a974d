import { figures } from '../../data/figures';
import { figuresJson } from '../../lib/figures-export';

export function GET(): Response {
  return new Response(figuresJson(figures, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'application/json' } });
}
