import { dirname, resolve } from 'node:path';
import type { CheckedContent } from '../checked-content.ts';
import { imageFileProblem } from '../image-file-problem.ts';
import type { Reporter } from '../problems.ts';

/** A body image that is a file beside the story, not a site path or a URL. */
const isLocalFile = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

/** Images in bodies: alt text, and a real image file beside the story for local ones. */
export function bodyImagesAreUsable({ references, tree, options }: CheckedContent, report: Reporter) {
  for (const [file, { images }] of references)
    for (const image of images) {
      const line = file.bodyLine + image.line - 1;
      if (!image.alt.trim())
        report.error(file, line, 'body', `image ${image.url} has no alt text`, `write ![What the picture shows](${image.url})`);
      if (!isLocalFile(image.url)) continue;
      const problem = imageFileProblem(resolve(dirname(file.absolutePath), decodeURI(image.url)), tree.root, options.maxImagePixels);
      if (problem) report.error(file, line, 'body', problem, 'put a JPEG, PNG, WebP, AVIF or GIF beside the story and write ![alt](./photo.jpg)');
    }
}
