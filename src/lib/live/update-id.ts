/**
 * An update's id in the `updates` collection: its story's id and its own file
 * name, `storm-live/0930-bridge-closed`. The file name part is the update's
 * permalink anchor, so renaming nothing keeps every link to it working.
 */
import { basename, dirname } from 'node:path';

export const updateId = (entry: string): string => `${basename(dirname(entry))}/${basename(entry).replace(/\.md$/, '')}`;

/** The story an update belongs to, from its id. */
export const updateStoryId = (id: string): string => id.slice(0, id.indexOf('/'));
