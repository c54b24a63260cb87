"use client";

import { useEffect, useState } from "react";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { onlineFigure } from "@/lib/online/label";

// Pages stay cached: the count comes from a small request of its own. Without JavaScript the
// <noscript> image still counts the visit and shows the number.
const HEARTBEAT_MS = 60_000;

export function OnlineCounter({ lang = "th" }: { lang?: SiteLang }) {
  const t = translator(lang);
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    let stopped = false;
    async function beat() {
      try {
        const res = await fetch("/api/online", { method: "POST", cache: "no-store" });
        if (!res.ok) return;
        const data = (await res.json()) as { online?: unknown };
        if (!stopped && typeof data.online === "number") setCount(data.online);
      } catch {
        // Offline or blocked: the footer simply keeps the last number.
      }
    }
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  return (
    <p className="mt-4" data-testid="online-counter">
      {count === null ? (
        <noscript>
          {/* eslint-disable-next-line @next/next/no-img-element -- a counter image for readers without JavaScript */}
          <img src="/api/online/badge.svg" alt={t("footer.onlineBadge")} width={220} height={24} />
        </noscript>
      ) : (
        <>
          {t("footer.online")} <span className="font-bold text-gold-400">{onlineFigure(count)}</span>{" "}
          {t("footer.onlineUnit")}
        </>
      )}
    </p>
  );
}
