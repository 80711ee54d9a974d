import { defineMiddleware } from 'astro:middleware';
import { pageViewOf } from './lib/page-view';
import { contentError, contentProblemsNow } from './lib/content-status';

/** Every page learns its view, languages and links once, here; components read `Astro.locals.page`. */
export const onRequest = defineMiddleware((context, next) => {
  // In `astro dev`, content broken since the server started shows as Astro's error overlay, not as a stale page.
  const problems = import.meta.env.DEV ? contentProblemsNow() : [];
  if (problems.length > 0) throw contentError(problems);
  context.locals.page = pageViewOf(import.meta.env.BASE_URL, context.url.pathname);
  return next();
});
