"use client";

import { useEffect, useRef, type ReactNode } from "react";

// The body's video play buttons (lib/posts/video-embeds.ts): pressing one puts the player in its
// place, and only then does the browser contact YouTube or Facebook. Without JavaScript the
// caption's link to the video remains.
export function VideoEmbeds({ children }: { children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const play = (event: MouseEvent) => {
      const button = (event.target as Element).closest("button.video-play");
      const figure = button?.closest<HTMLElement>("figure.video-embed");
      const src = figure?.dataset.videoSrc;
      if (!button || !figure || !src) return;
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.title = figure.dataset.videoTitle ?? "วิดีโอ";
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.className = "video-frame";
      button.replaceWith(frame);
      frame.focus();
    };
    el.addEventListener("click", play);
    return () => el.removeEventListener("click", play);
  }, []);
  return <div ref={root}>{children}</div>;
}
