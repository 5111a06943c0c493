/** A real unified pipeline for plugin tests: remark-parse → [remark-gfm] → plugins → remark-rehype → plugins → rehype-stringify. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';

export interface PipelineOptions {
  remark?: PluggableList;
  rehype?: PluggableList;
  gfm?: boolean;
}

export function render(markdown: string, { remark = [], rehype = [], gfm = true }: PipelineOptions = {}): string {
  return String(
    unified()
      .use(remarkParse)
      .use(gfm ? [remarkGfm] : [])
      .use(remark)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehype)
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  ).trim();
}
