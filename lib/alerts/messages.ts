import { escapeHtml } from "@/lib/http/escape-html";
import type { Section } from "@/lib/generated/prisma/enums";
import { postPath } from "@/lib/posts/url";
import { SECTIONS, sectionInfo } from "@/lib/posts/sections";
import { formatThaiDate } from "@/lib/thai-date";

// The Thai messages of e-mail alerts, HTML and plain text: the confirmation, a post, a post's
// major update and the daily digest. Every message but the confirmation carries RFC 8058's
// one-click unsubscribe and a link to change the subscription without signing in.

export type MailContext = { officeName: string; siteUrl: string };
export type Recipient = { email: string; manageToken: string; sections: Section[]; mode: "IMMEDIATE" | "DAILY" };
export type MailPost = {
  id: number;
  slug: string | null;
  section: Section;
  title: string;
  summary: string;
  publishedAt: Date | null;
};

export type Message = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

export const MODE_LABEL = { IMMEDIATE: "ทันทีที่เผยแพร่", DAILY: "สรุปรายวัน เวลา 08.00 น." } as const;

/** "ข่าวประกาศ, ข่าวประชาสัมพันธ์" in the site's order, or "ทุกหมวด". */
export function sectionsLabel(sections: readonly Section[]): string {
  const chosen = SECTIONS.filter((s) => sections.includes(s.key));
  return chosen.length === SECTIONS.length ? "ทุกหมวด" : chosen.map((s) => s.label).join(", ");
}

export const manageUrl = (ctx: MailContext, token: string) => `${ctx.siteUrl}/alerts/manage/${token}`;
export const unsubscribeUrl = (ctx: MailContext, token: string) =>
  `${ctx.siteUrl}/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`;
const postUrl = (ctx: MailContext, p: MailPost) => `${ctx.siteUrl}${postPath(p.id, p.slug)}`;

function page(ctx: MailContext, body: string, footer: string): string {
  return (
    `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `</head><body style="margin:0;padding:16px;font-family:Sarabun,Tahoma,sans-serif;font-size:16px;line-height:1.6;color:#1f2937">` +
    `<p style="margin:0 0 16px;font-weight:bold;color:#7a1e1e">${escapeHtml(ctx.officeName)}</p>${body}` +
    `<hr style="border:0;border-top:1px solid #d1d5db;margin:24px 0 12px">` +
    `<p style="font-size:14px;color:#4b5563">${footer}</p></body></html>`
  );
}

function subscribedFooter(ctx: MailContext, r: Recipient): { html: string; text: string } {
  const what = `ท่านได้รับอีเมลนี้เพราะสมัครรับข่าว${sectionsLabel(r.sections)} (${MODE_LABEL[r.mode]}) จาก${ctx.officeName}`;
  const manage = manageUrl(ctx, r.manageToken);
  return {
    html: `${escapeHtml(what)}<br><a href="${escapeHtml(manage)}">เปลี่ยนหมวดข่าวหรือยกเลิกการรับข่าว</a>`,
    text: `${what}\nเปลี่ยนหมวดข่าวหรือยกเลิกการรับข่าว: ${manage}`,
  };
}

function listHeaders(ctx: MailContext, r: Recipient): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(ctx, r.manageToken)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `<alerts.${new URL(ctx.siteUrl).hostname}>`,
    "Auto-Submitted": "auto-generated",
  };
}

function postBlock(ctx: MailContext, p: MailPost): { html: string; text: string } {
  const url = postUrl(ctx, p);
  const date = p.publishedAt ? formatThaiDate(p.publishedAt, "long") : "";
  const meta = [sectionInfo(p.section).label, date].filter(Boolean).join(" · ");
  return {
    html:
      `<p style="margin:0;font-size:14px;color:#4b5563">${escapeHtml(meta)}</p>` +
      `<h2 style="margin:4px 0 8px;font-size:20px"><a href="${escapeHtml(url)}" style="color:#7a1e1e">${escapeHtml(p.title)}</a></h2>` +
      (p.summary ? `<p style="margin:0 0 8px">${escapeHtml(p.summary)}</p>` : "") +
      `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}">อ่านต่อ</a> <span style="color:#4b5563">${escapeHtml(url)}</span></p>`,
    text: `${meta}\n${p.title}\n${p.summary ? `${p.summary}\n` : ""}อ่านต่อ: ${url}\n`,
  };
}

/** The one message sent before the address is confirmed. */
export function confirmMessage(
  ctx: MailContext,
  to: { email: string; sections: Section[]; mode: "IMMEDIATE" | "DAILY"; confirmToken: string },
): Message {
  const url = `${ctx.siteUrl}/alerts/confirm/${to.confirmToken}`;
  const what = `ข่าว${sectionsLabel(to.sections)} แบบ${MODE_LABEL[to.mode]}`;
  const intro = `มีผู้ขอให้ส่ง${what} จาก${ctx.officeName} มาที่อีเมลนี้`;
  const ask = "หากท่านเป็นผู้ขอ กรุณากดลิงก์ด้านล่างเพื่อยืนยัน ลิงก์ใช้ได้ 7 วัน";
  const ignore = "หากท่านไม่ได้ขอ ไม่ต้องทำอะไร ระบบจะไม่ส่งอีเมลใดมาอีก";
  return {
    to: to.email,
    subject: `ยืนยันการรับข่าวทางอีเมลจาก${ctx.officeName}`,
    text: `${intro}\n${ask}\n${url}\n\n${ignore}\n`,
    html: page(
      ctx,
      `<p>${escapeHtml(intro)}</p><p>${escapeHtml(ask)}</p>` +
        `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:8px 16px;background:#7a1e1e;color:#fff;text-decoration:none;border-radius:4px">ยืนยันการรับข่าว</a></p>` +
        `<p style="font-size:14px;color:#4b5563">${escapeHtml(url)}</p>`,
      escapeHtml(ignore),
    ),
    headers: { "Auto-Submitted": "auto-generated" },
  };
}

/** A post just published, or (`note`) a major update of one. */
export function postMessage(ctx: MailContext, r: Recipient, p: MailPost, note?: string): Message {
  const block = postBlock(ctx, p);
  const footer = subscribedFooter(ctx, r);
  const lead = note ? `ปรับปรุงข้อมูล: ${note}` : "";
  return {
    to: r.email,
    subject: `${note ? "[ปรับปรุง] " : ""}${p.title}`,
    text: `${lead ? `${lead}\n\n` : ""}${block.text}\n--\n${footer.text}\n`,
    html: page(ctx, `${lead ? `<p><strong>${escapeHtml(lead)}</strong></p>` : ""}${block.html}`, footer.html),
    headers: listHeaders(ctx, r),
  };
}

/** The posts of one day, for a daily subscriber. */
export function digestMessage(ctx: MailContext, r: Recipient, posts: MailPost[], day: Date): Message {
  const blocks = posts.map((p) => postBlock(ctx, p));
  const footer = subscribedFooter(ctx, r);
  const title = `สรุปข่าวประจำวันที่ ${formatThaiDate(day, "long")} จาก${ctx.officeName} (${posts.length} เรื่อง)`;
  return {
    to: r.email,
    subject: title,
    text: `${title}\n\n${blocks.map((b) => b.text).join("\n")}\n--\n${footer.text}\n`,
    html: page(
      ctx,
      `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>${blocks.map((b) => b.html).join("")}`,
      footer.html,
    ),
    headers: listHeaders(ctx, r),
  };
}
