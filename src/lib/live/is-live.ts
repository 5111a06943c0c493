/** A story shows its LIVE label from its first build until the editor sets `liveEndedAt`. */
export const isLive = (story: { live?: { endedAt?: Date } }): boolean => story.live !== undefined && story.live.endedAt === undefined;
