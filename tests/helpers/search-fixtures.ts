import { expect } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Section } from "@/lib/generated/prisma/enums";
import { savePost } from "@/lib/posts/actions/save";
import { publishPost } from "@/lib/posts/actions/workflow";
import { parseSearchParams } from "@/lib/search/params";
import { searchPosts, type SearchResults } from "@/lib/search/queries";
import { parseQuery } from "@/lib/search/tsquery";
import { form, type sessionSwitch } from "@/tests/helpers/manage-fixtures";
import { postForm } from "@/tests/helpers/post-fixtures";

// Search tests write posts as staff do and read them back as the search page does.

const IDLE = {};

export type PostContent = {
  title: string;
  body?: string;
  summary?: string;
  section?: Section;
  tags?: string;
  attachmentIds?: number[];
};

/** Created and published by `editor` through the staff actions, as on the site. */
export async function publishAs(
  session: ReturnType<typeof sessionSwitch>,
  editor: SessionUser,
  c: PostContent,
): Promise<{ id: number; version: number }> {
  session.as(editor);
  const created = await savePost(IDLE, postForm({ ...c, body: c.body ?? "<p>เนื้อหา</p>" }));
  expect(created).toMatchObject({ ok: true });
  const s = await publishPost(IDLE, form({ id: created.postId!, version: created.version! }));
  expect(s).toMatchObject({ ok: true });
  return { id: created.postId!, version: s.version! };
}

/** One page of results for the page's address fields, through the page's own parsing. */
export async function searchPage(q: string, raw: Record<string, string> = {}, page = 1): Promise<SearchResults | null> {
  const p = parseSearchParams({ q, ...raw });
  expect(p.errors).toEqual({});
  const query = parseQuery(p.q);
  // A query with nothing searchable finds nothing (the page says so without querying).
  if (!query.tsquery || !query.candidates) return null;
  return searchPosts({
    tsquery: query.tsquery,
    candidates: query.candidates,
    words: query.words,
    section: p.sectionKey,
    start: p.range.start,
    end: p.range.end,
    page,
  });
}
