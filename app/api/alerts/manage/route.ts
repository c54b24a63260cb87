import { orUnavailable, postedForm, seeOther, tokenOf, unavailablePage } from "@/lib/alerts/requests";
import { alertFormValues, manageSchema } from "@/lib/alerts/schema";
import { changeSubscription } from "@/lib/alerts/subscribe";

// The manage page's form: change sections and mode. The link in every message is the key.
export function POST(request: Request): Promise<Response> {
  return orUnavailable(unavailablePage, () => handle(request));
}

async function handle(request: Request): Promise<Response> {
  const form = await postedForm(request);
  const token = tokenOf(form?.get("token"));
  if (!form || !token) return seeOther("/alerts?result=link");
  const parsed = manageSchema.safeParse(alertFormValues(form));
  if (!parsed.success) return seeOther(`/alerts/manage/${token}?result=sections`);
  const done = await changeSubscription(token, parsed.data);
  return done ? seeOther(`/alerts/manage/${token}?result=saved`) : seeOther("/alerts?result=link");
}
