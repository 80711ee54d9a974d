import { defineMiddleware } from 'astro:middleware';
import { pageViewOf } from './lib/page-view';

/** Every page learns its view, languages and links once, here; components read `Astro.locals.page`. */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = pageViewOf(import.meta.env.BASE_URL, context.url.pathname);
  return next();
});
