"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { formatThaiTime } from "@/lib/thai-date";

// While a contest is being counted and its tab is visible, asks every 20 s whether the count has
// moved on (a tiny cached JSON), and only then re-renders the page in place (router.refresh():
// no reload, focus and scroll stay). Updates are announced politely; it stops once official.
const POLL_MS = 20_000;

type Stamp = { status: string; countUpdatedAt: string | null };

// Whether the script runs never changes once it does: nothing to subscribe to.
const noSubscription = () => () => {};

export function ContestRefresher({
  statusUrl,
  status,
  updatedIso,
  beforeCount = false,
}: {
  statusUrl: string;
  status: string;
  updatedIso: string | null;
  /** Ask before the count has started too (the national page on election night). */
  beforeCount?: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  // Said only once the script runs (false on the server and while hydrating): without JavaScript
  // the page does not refresh itself.
  const scriptRuns = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const live = status === "COUNTING" || (beforeCount && status === "NOT_STARTED");
  const hint = scriptRuns && live ? "หน้านี้ปรับปรุงผลคะแนนให้เองทุก 20 วินาทีขณะเปิดดูอยู่" : "";
  const shown = useRef<Stamp>({ status, countUpdatedAt: updatedIso });
  const first = useRef(true);

  // The page has been re-rendered with newer figures: say so without moving focus.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    shown.current = { status, countUpdatedAt: updatedIso };
    const at = updatedIso ? ` เวลา ${formatThaiTime(new Date(updatedIso))}` : "";
    setMessage(status === "OFFICIAL" ? `ประกาศผลอย่างเป็นทางการแล้ว${at}` : `ปรับปรุงผลคะแนนแล้ว${at}`);
  }, [status, updatedIso]);

  useEffect(() => {
    if (!live) return;
    let busy = false;
    const check = async () => {
      if (busy || document.visibilityState !== "visible") return;
      busy = true;
      try {
        const res = await fetch(statusUrl, { cache: "no-store" });
        if (!res.ok) return;
        const now = (await res.json()) as Stamp;
        if (now.status !== shown.current.status || now.countUpdatedAt !== shown.current.countUpdatedAt)
          router.refresh();
      } catch {
        // Offline for a moment: try again on the next tick.
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(check, POLL_MS);
    const onVisible = () => void (document.visibilityState === "visible" && check());
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [live, statusUrl, router]);

  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="refresh-status">
      {message || hint}
    </p>
  );
}
