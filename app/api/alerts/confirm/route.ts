import { orUnavailable, postedForm, seeOther, tokenOf, unavailablePage } from "@/lib/alerts/requests";
import { confirm } from "@/lib/alerts/subscribe";

// The confirmation page's button (/alerts/confirm/{token}): a POST, so that a mail scanner
// opening the link in the message confirms nothing.
export function POST(request: Request): Promise<Response> {
  return orUnavailable(unavailablePage, () => handle(request));
}

async function handle(request: Request): Promise<Response> {
  const token = tokenOf((await postedForm(request))?.get("token"));
  const done = token ? await confirm(token) : null;
  return done ? seeOther(`/alerts/manage/${done.manageToken}?result=confirmed`) : seeOther("/alerts?result=link");
}
