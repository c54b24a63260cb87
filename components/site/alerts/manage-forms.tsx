import { MODE_LABEL, sectionsLabel } from "@/lib/alerts/messages";
import type { SubscriptionView } from "@/lib/alerts/subscribe";
import type { Section } from "@/lib/generated/prisma/enums";
import { ModeChoices, SectionChoices } from "./choices";

// The page a link in every alert opens (/alerts/manage/{token}): what the address receives, a
// form to change it and a button to stop. No sign-in: the link is the key.

const button = "rounded-md px-4 py-2 font-bold";

export function ManageForms({ sub }: { sub: SubscriptionView }) {
  const sections = sub.sections as Section[];
  return (
    <>
      <p className="mt-4">
        อีเมล <strong>{sub.email}</strong>{" "}
        {sub.active ? (
          <>
            รับข่าว{sectionsLabel(sections)} แบบ{MODE_LABEL[sub.mode]}
          </>
        ) : (
          "ไม่ได้รับข่าวทางอีเมลแล้ว"
        )}
      </p>
      <form
        action="/api/alerts/manage"
        method="post"
        className="mt-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      >
        <input type="hidden" name="token" value={sub.manageToken} />
        <SectionChoices checked={sections} />
        <ModeChoices checked={sub.mode} />
        <button type="submit" className={`${button} mt-3 bg-brand-700 text-white hover:bg-brand-800`}>
          {sub.active ? "บันทึกการเปลี่ยนแปลง" : "กลับมารับข่าวตามนี้"}
        </button>
      </form>
      {sub.active && (
        <form action="/api/alerts/unsubscribe" method="post" className="mt-4">
          <input type="hidden" name="token" value={sub.manageToken} />
          <button type="submit" className={`${button} bg-white text-red-800 ring-1 ring-red-300 hover:bg-red-50`}>
            ยกเลิกการรับข่าวทางอีเมล
          </button>
        </form>
      )}
    </>
  );
}

export function ConfirmForm({
  token,
  wish,
}: {
  token: string;
  wish: { email: string; sections: string[]; mode: "IMMEDIATE" | "DAILY" };
}) {
  return (
    <form
      action="/api/alerts/confirm"
      method="post"
      className="mt-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <input type="hidden" name="token" value={token} />
      <p>
        ยืนยันให้ส่งข่าว<strong>{sectionsLabel(wish.sections as Section[])}</strong> แบบ{MODE_LABEL[wish.mode]} ไปที่{" "}
        <strong>{wish.email}</strong>
      </p>
      <button type="submit" className={`${button} mt-3 bg-brand-700 text-white hover:bg-brand-800`}>
        ยืนยันการรับข่าว
      </button>
    </form>
  );
}
