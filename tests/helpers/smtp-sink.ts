import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./free-port";

// A real SMTP server in the test process (the smtp-server package): the site's mailer talks SMTP
// to it and the test reads what arrived, parsed (mailparser) as a mail client would show it.

export type Received = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Each header as sent, by lower-case name (the last of a repeated one). */
  headers: Record<string, string>;
};

function rawHeaders(mail: ParsedMail): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, line } of mail.headerLines)
    out[key] = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n\s+/g, " ")
      .trim();
  return out;
}

export type SmtpSink = {
  url: string;
  port: number;
  messages: Received[];
  /** Messages to `to`, in arrival order. */
  to(address: string): Received[];
  /** Addresses answered "550 no such mailbox" from now on. */
  refused: Set<string>;
  close(): Promise<void>;
};

export async function startSmtpSink(port?: number): Promise<SmtpSink> {
  const messages: Received[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address.toLowerCase())) return callback();
      const error = Object.assign(new Error("5.1.1 No such mailbox"), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const rcpt of session.envelope.rcptTo)
            messages.push({
              to: rcpt.address.toLowerCase(),
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: typeof mail.html === "string" ? mail.html : "",
              headers: rawHeaders(mail),
            });
          callback();
        })
        .catch(callback);
    },
  });
  const p = port ?? (await freePort());
  await new Promise<void>((resolve) => server.listen(p, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${p}`,
    port: p,
    messages,
    refused,
    to: (address) => messages.filter((m) => m.to === address.toLowerCase()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
