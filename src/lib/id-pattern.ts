/** An id of a story, author or section: lower-case letters, digits and single hyphens. Ids become URLs. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
