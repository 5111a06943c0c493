/** The updates of a live story as JSON, beside its page: /<yyyy>/<mm>/<dd>/<id>/updates.json. */
export const updatesJsonPath = (story: { path: string }): string => `${story.path}updates.json`;
