import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { Message } from "./messages";

// Sending through the office's mail server (SMTP_URL) with nodemailer. Sends run one at a time
// across all instances (the queue MAIL_QUEUE); each is followed by a pause, so the mail server
// never gets more than MAIL_PER_SECOND messages a second — the pace providers expect before they
// start refusing or marking a sender as bulk.

let transport: { url: string; t: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (transport?.url !== url) {
    transport?.t.close();
    transport = { url, t: nodemailer.createTransport(url, { connectionTimeout: 20_000, socketTimeout: 60_000 }) };
  }
  return transport.t;
}

/** Whether alerts can be sent here: a mail server and a PostgreSQL server (the queue) are set. */
export function alertsEnabled(): boolean {
  const e = env();
  return Boolean(e.smtpUrl && e.databaseUrl);
}

export function fromAddress(officeName: string, siteUrl: string): string | { name: string; address: string } {
  return env().alertsFrom ?? { name: officeName, address: `no-reply@${new URL(siteUrl).hostname}` };
}

/** Sends one message, then waits out this send's share of a second at MAIL_PER_SECOND. */
export async function sendPaced(from: ReturnType<typeof fromAddress>, m: Message): Promise<void> {
  const url = env().smtpUrl;
  if (!url) throw new Error("SMTP_URL is not set");
  const started = Date.now();
  await transporter(url).sendMail({
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    headers: m.headers,
  });
  const rest = 1000 / env().mailPerSecond - (Date.now() - started);
  if (rest > 0) await new Promise((r) => setTimeout(r, rest));
}

/** Tests switch mail servers. */
export function closeMailerForTests(): void {
  transport?.t.close();
  transport = undefined;
}
