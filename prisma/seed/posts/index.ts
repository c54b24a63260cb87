import { announcements, others } from "./announcements";
import { electionAnnouncements, electionResults } from "./elections";
import { multimedia } from "./multimedia";
import { newsActivities } from "./news";
import { pressReleases } from "./press";
import { procurement } from "./procurement";
import type { SeedPost } from "./types";

export { MOU_SLUG, MOU_TITLE } from "./press";
export { SPECIAL_FAQ_TITLE, SPECIAL_TITLE } from "./announcements";
export type { SeedDate, SeedPost } from "./types";

export const posts: SeedPost[] = [
  ...announcements,
  ...pressReleases,
  ...newsActivities,
  ...electionAnnouncements,
  ...electionResults,
  ...procurement,
  ...multimedia,
  ...others,
];
