/**
 * A story's body as HTML for feeds, with its images resolved to real files.
 * (`entry.rendered.html` still holds Astro's image placeholders.) Rendered once
 * per story per build, however many feeds carry it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import type { ArticleEntry } from './collections.ts';
import { withRenderedBody } from './rendered-body.ts';

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

export function articleHtml(entry: ArticleEntry): Promise<string> {
  let body = bodies.get(entry.id);
  if (!body) {
    body = renderBody(entry);
    bodies.set(entry.id, body);
  }
  return body;
}

async function renderBody(entry: ArticleEntry): Promise<string> {
  container ??= AstroContainer.create();
  const { Content } = await render(await withRenderedBody(entry));
  return (await container).renderToString(Content);
}
