/**
 * A story's body as HTML for feeds, with its images resolved to real files.
 * (`entry.rendered.html` still holds Astro's image placeholders.) Rendered once
 * per story per build, however many feeds carry it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getEntry, render } from 'astro:content';

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

export function articleHtml(id: string): Promise<string> {
  let body = bodies.get(id);
  if (!body) {
    body = renderBody(id);
    bodies.set(id, body);
  }
  return body;
}

async function renderBody(id: string): Promise<string> {
  container ??= AstroContainer.create();
  const entry = await getEntry('articles', id);
  if (!entry) throw new Error(`Broadsheet: no article "${id}" to render`);
  const { Content } = await render(entry);
  return (await container).renderToString(Content);
}
