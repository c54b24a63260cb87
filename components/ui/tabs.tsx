"use client";

import { useId, useRef, useState } from "react";

export type TabPanel = { key: string; label: string; content: React.ReactNode };

// A WAI-ARIA tablist (arrow keys, Home/End) showing one panel at a time. The server sends the
// same markup the browser hydrates — nothing is re-rendered or moved when JavaScript arrives —
// and CSS keyed on <html data-js> (set by the head script) decides what shows: with scripts, the
// tabs and the chosen panel; without, every panel one after another under its own heading.
export function Tabs({ panels, label }: { panels: TabPanel[]; label: string }) {
  const [active, setActive] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const baseId = useId();

  function onKeyDown(e: React.KeyboardEvent, index: number) {
    const last = panels.length - 1;
    const next =
      e.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : e.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <div data-tabs>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b-2 border-brand-700">
        {panels.map((p, i) => (
          <button
            key={p.key}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            id={`${baseId}-tab-${i}`}
            role="tab"
            type="button"
            aria-selected={i === active}
            aria-controls={`${baseId}-panel-${i}`}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setActive(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
            className={`rounded-t px-4 py-2 font-bold ${i === active ? "bg-brand-700 text-white" : "bg-brand-50 text-brand-800 hover:bg-brand-100"}`}
          >
            {p.label}
          </button>
        ))}
      </div>
      {panels.map((p, i) => (
        <div
          key={p.key}
          id={`${baseId}-panel-${i}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${i}`}
          data-active={i === active}
          tabIndex={0}
          className="tab-panel"
        >
          <h3 className="tab-heading mb-2 border-b-2 border-brand-700 pb-1 text-lg font-bold text-brand-800">
            {p.label}
          </h3>
          {p.content}
        </div>
      ))}
    </div>
  );
}
