import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { formatFileSize, typeLabel, type VideoView } from "@/lib/posts/view";

// A post's uploaded video: the browser's own player (keyboard-usable, captions menu), nothing
// fetched but the poster until the reader presses play (preload="none"), in a 16:9 box whose
// height is known before anything loads, so the page never shifts. The file's link below serves
// readers whose browser cannot play it.
export function PostVideo({ video, title, lang = "th" }: { video: VideoView; title: string; lang?: SiteLang }) {
  const t = translator(lang);
  return (
    <figure className="mt-4" aria-labelledby="post-video-caption">
      <div className="aspect-video w-full overflow-hidden rounded bg-slate-900">
        <video
          controls
          preload="none"
          playsInline
          poster={video.poster ?? undefined}
          aria-label={t("article.video", { title })}
          className="h-full w-full"
        >
          <source src={video.src} type={video.mimeType} />
          {video.captions && <track kind="captions" srcLang="th" label="ไทย" src={video.captions} default />}
          <p className="p-4 text-white">
            {t("article.videoUnplayable")}{" "}
            <a href={video.src} download={video.fileName} className="underline">
              {t("article.videoDownload")}
            </a>
          </p>
        </video>
      </div>
      <figcaption id="post-video-caption" className="mt-2 text-sm text-slate-700">
        {t("article.video", { title })}
        {video.captions ? t("article.videoCaptions") : ""} ·{" "}
        <a href={video.src} download={video.fileName} className="text-brand-800 underline">
          {t("article.videoFile")}
        </a>{" "}
        ({typeLabel(video.mimeType)} {formatFileSize(video.size)})
      </figcaption>
    </figure>
  );
}
