import { alertsEnabled } from "@/lib/alerts/mailer";
import { orUnavailable, postedForm, seeOther, subscribeLimit, unavailablePage } from "@/lib/alerts/requests";
import { alertFormValues, subscribeSchema } from "@/lib/alerts/schema";
import { subscribe } from "@/lib/alerts/subscribe";

// The subscribe form's target (components/site/alerts/subscribe-form.tsx). Every answer is a 303
// to /alerts with a result the page words in Thai; nothing about the address is in it.
export function POST(request: Request): Promise<Response> {
  return orUnavailable(unavailablePage, () => handle(request));
}

async function handle(request: Request): Promise<Response> {
  if (!alertsEnabled()) return seeOther("/alerts?result=closed");
  const wait = await subscribeLimit(request);
  if (wait !== null) return seeOther("/alerts?result=too-many");
  const form = await postedForm(request);
  if (!form) return seeOther("/alerts?result=invalid");
  // The hidden field only scripts fill: answered like a success, nothing stored or sent.
  if (form.get("website")) return seeOther("/alerts?result=sent");
  const parsed = subscribeSchema.safeParse(alertFormValues(form));
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    return seeOther(`/alerts?result=${field === "email" ? "email" : field === "consent" ? "consent" : "sections"}`);
  }
  await subscribe(parsed.data);
  return seeOther("/alerts?result=sent");
}
