import { currentOfficeId, getPrisma } from "@/lib/db/client";
import type { ProcurementKind, Section } from "@/lib/generated/prisma/enums";
import { officePageInfo } from "@/lib/office/pages";
import { kindInfo } from "@/lib/procurement/kinds";
import { compoundsEndingWith } from "./compounds";
import { buildSearchText } from "./ngram";
import { hasTone, normalizeText, stripTones } from "./normalize";
import { tokenizeNormalized } from "./segment";
import { highlight, type SnippetPart } from "./snippet";
import { htmlToText } from "./text";

// Search beyond the news: the office's own pages (about, with its executives; contact; privacy)
// and the published procurement disclosures. They are few (three pages, some dozens of
// disclosures a year), so they are matched here in the application with the same normalised text
// as posts, not through an index: the prepared texts are kept in memory while the tables are
// unchanged (each search asks one small aggregate query to know that).

export const DOCUMENT_HITS_SHOWN = 5;
const SNIPPET_LENGTH = 160;

export type DocumentHit = {
  kind: "page" | "procurement";
  /** What the document is: «หน้าเว็บ» or the disclosure's kind. */
  label: string;
  /** The same as a key, for pages in other languages (messages searchPage.kinds). */
  labelKey: "PAGE" | ProcurementKind;
  path: string;
  date: Date | null;
  title: SnippetPart[];
  snippet: SnippetPart[];
};

type Prepared = {
  kind: DocumentHit["kind"];
  label: string;
  labelKey: DocumentHit["labelKey"];
  path: string;
  date: Date | null;
  title: string;
  text: string;
  /** buildSearchText of every field: letter runs, normalised, space-separated. */
  runs: string;
  /** The runs without tone marks, for a query typed without them. */
  bare: string;
  /** Dictionary words of every field, for one- and two-letter query words. */
  tokens: Set<string>;
};

// Per office: the stamp names the office too.
let prepared: { stamp: string; docs: Prepared[] } | null = null;

function prepare(base: Omit<Prepared, "runs" | "bare" | "tokens" | "text">, fields: string[], shown: string): Prepared {
  const tokens = new Set(fields.flatMap((f) => tokenizeNormalized(normalizeText(f)).map((t) => t.text)));
  const runs = ` ${buildSearchText(fields)} `;
  return { ...base, text: shown, runs, bare: stripTones(runs), tokens };
}

/** One stamp for the state of the three tables: any insert, update or delete changes it (every update bumps a version). */
async function stampOf(): Promise<string> {
  const officeId = await currentOfficeId();
  const [row] = await getPrisma().$queryRaw<Array<{ stamp: string }>>`
    SELECT concat_ws('|', ${officeId}::int,
      (SELECT concat(count(*), max("updatedAt"), sum(version)) FROM "OfficePage" WHERE "officeId" = ${officeId}),
      (SELECT concat(count(*), max("updatedAt"), sum(version)) FROM "Executive" WHERE "officeId" = ${officeId}),
      (SELECT concat(count(*), max("updatedAt"), sum(version)) FROM "ProcurementDisclosure" WHERE "officeId" = ${officeId})) AS stamp`;
  return row?.stamp ?? "";
}

async function load(): Promise<Prepared[]> {
  const prisma = getPrisma();
  const [pages, executives, disclosures] = await Promise.all([
    prisma.officePage.findMany({ select: { key: true, title: true, body: true } }),
    prisma.executive.findMany({ select: { name: true, position: true } }),
    prisma.procurementDisclosure.findMany({
      where: { published: true },
      select: { id: true, kind: true, title: true, description: true, documentDate: true, fiscalYear: true },
      orderBy: [{ documentDate: "desc" }, { id: "desc" }],
    }),
  ]);
  const docs: Prepared[] = pages.map((p) => {
    const info = officePageInfo(p.key);
    const body = htmlToText(p.body);
    // The about page lists the executives: their names and positions find it.
    const people = p.key === "ABOUT" ? executives.flatMap((e) => [e.name, e.position]) : [];
    return prepare(
      {
        kind: "page",
        label: "หน้าเว็บ",
        labelKey: "PAGE",
        path: info.path,
        date: null,
        title: p.title || info.defaultTitle,
      },
      [p.title, body, ...people],
      [body, ...people].join(" "),
    );
  });
  for (const d of disclosures) {
    docs.push(
      prepare(
        {
          kind: "procurement",
          label: kindInfo(d.kind).label,
          labelKey: d.kind,
          path: `/procurement/${d.fiscalYear}#d-${d.id}`,
          date: d.documentDate,
          title: d.title,
        },
        [d.title, d.description],
        d.description,
      ),
    );
  }
  return docs;
}

async function documents(): Promise<Prepared[]> {
  const stamp = await stampOf();
  if (prepared?.stamp !== stamp) prepared = { stamp, docs: await load() };
  return prepared.docs;
}

/** As for posts (match-sql.ts): 3+ letters anywhere in a run (or its pieces as runs in order), shorter ones as a whole word or run. */
function matches(doc: Prepared, words: string[][]): boolean {
  return words.every((tokens) => {
    const run = tokens.join("");
    if ([...run].length < 3) return doc.runs.includes(` ${run} `) || (tokens.length === 1 && doc.tokens.has(run));
    // A word typed without tone marks also finds it with them (ผู้ชวย: ผู้ช่วย), as for posts.
    const source = hasTone(run) ? doc.runs : doc.bare;
    const text = compoundsEndingWith(run).reduce((t, c) => t.replaceAll(c, " "), source);
    // e-bidding: its pieces are separate runs of the text, in order.
    return text.includes(run) || (tokens.length > 1 && text.includes(tokens.join(" ")));
  });
}

export type DocumentSearch = {
  words: string[][];
  section?: Section;
  start?: Date;
  end?: Date;
};

/** Matching office pages first, then disclosures newest first; all of them (the caller shows a few). */
export async function searchOfficeDocuments(input: DocumentSearch): Promise<DocumentHit[]> {
  if (input.words.length === 0) return [];
  if (input.section && input.section !== "PROCUREMENT") return [];
  const dated = input.start !== undefined || input.end !== undefined;
  const hits: DocumentHit[] = [];
  for (const doc of await documents()) {
    if (doc.kind === "page" && (dated || input.section)) continue;
    if (doc.date && ((input.start && doc.date < input.start) || (input.end && doc.date >= input.end))) continue;
    if (!matches(doc, input.words)) continue;
    const title = highlight(doc.title, input.words);
    const body = highlight(doc.text, input.words, { maxLength: SNIPPET_LENGTH });
    hits.push({
      kind: doc.kind,
      label: doc.label,
      labelKey: doc.labelKey,
      path: doc.path,
      date: doc.date,
      title: title.parts,
      snippet: body.matched || !title.matched ? body.parts : [],
    });
  }
  return hits;
}
