/**
 * The permalink anchor of an update on its live page, `update-<file name>`:
 * it depends on nothing but the file's name, so it stays the same across
 * builds, whatever else is added or edited.
 */
export const updateAnchor = (updateId: string): string => `update-${updateId.slice(updateId.indexOf('/') + 1)}`;
