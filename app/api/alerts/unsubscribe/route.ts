import { orUnavailable, plain, postedForm, seeOther, tokenOf, unavailablePage } from "@/lib/alerts/requests";
import { unsubscribe } from "@/lib/alerts/subscribe";

// Ending a subscription. Mail programs POST `List-Unsubscribe=One-Click` to the address in each
// message's List-Unsubscribe header (RFC 8058): the token is in the address, the answer is a
// short line. The manage page's button posts the token as a field and gets the page back. A GET
// (someone opening the header's address) only shows the manage page: it never unsubscribes.

export async function POST(request: Request): Promise<Response> {
  const form = await postedForm(request);
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  return orUnavailable(
    () => (oneClick ? plain(503, "ระบบไม่พร้อมชั่วคราว กรุณาลองใหม่ในอีกสักครู่", { "Retry-After": "30" }) : unavailablePage()),
    () => handle(request, form, oneClick),
  );
}

async function handle(request: Request, form: FormData | null, oneClick: boolean): Promise<Response> {
  const token = tokenOf(new URL(request.url).searchParams.get("token")) ?? tokenOf(form?.get("token"));
  const done = token ? await unsubscribe(token) : null;
  if (oneClick) return done ? plain(200, "ยกเลิกการรับข่าวทางอีเมลแล้ว") : plain(404, "ไม่พบการรับข่าวนี้");
  return done ? seeOther(`/alerts/manage/${token}?result=unsubscribed`) : seeOther("/alerts?result=link");
}

export function GET(request: Request): Response {
  const token = tokenOf(new URL(request.url).searchParams.get("token"));
  return seeOther(token ? `/alerts/manage/${token}` : "/alerts?result=link");
}
