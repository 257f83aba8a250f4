"use client";

import { useParams, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from "react";
import { loadPaletteIndexAction } from "@/lib/navigation/actions";
import { mayLeaveUnsavedChanges } from "@/components/ui/use-unsaved-changes-warning";
import {
  paletteItems,
  paletteResults,
  type PaletteIndex,
  type PaletteItem,
  type PaletteWorkspace,
} from "@/lib/navigation/palette-items";

type IndexState = { status: "idle" | "loading" | "failed" } | { status: "ready"; data: PaletteIndex };

const isShortcut = (event: globalThis.KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";

const noSubscription = () => () => {};
/** ⌘ on Apple keyboards, Ctrl elsewhere (and on the server, which cannot know). */
function useShortcutLabel() {
  const apple = useSyncExternalStore(
    noSubscription,
    () => /Mac|iPhone|iPad/.test(navigator.platform),
    () => false,
  );
  return apple ? "⌘K" : "Ctrl K";
}

/**
 * Ctrl+K / ⌘K (or the Search button) opens a dialog to jump by name to a page of the
 * current workspace, a workspace or an investment. The investments are fetched the first
 * time it opens; the pages and workspaces are there at once.
 */
export function CommandPalette({ workspaces }: { workspaces: PaletteWorkspace[] }) {
  const t = useTranslations("navigation.palette");
  const tAll = useTranslations();
  const router = useRouter();
  const params = useParams<{ slug?: string }>();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [index, setIndex] = useState<IndexState>({ status: "idle" });
  const id = useId();
  const titleId = `${id}-title`;
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const listId = `${id}-list`;
  const optionId = (position: number) => `${id}-option-${position}`;
  const shortcut = useShortcutLabel();

  const items = useMemo(
    () =>
      paletteItems({
        workspaces: index.status === "ready" ? index.data.workspaces : workspaces,
        investments: index.status === "ready" ? index.data.investments : [],
        currentSlug: params.slug ?? null,
        pageLabel: (key) => tAll(key),
      }),
    [index, workspaces, params.slug, tAll],
  );
  const results = useMemo(() => paletteResults(items, query), [items, query]);
  const activeIndex = Math.min(active, results.length - 1);

  /** The first time (or after a failure) with a loading state; later quietly, keeping what is shown. */
  const loadIndex = useCallback(async (quietly: boolean) => {
    if (!quietly) setIndex({ status: "loading" });
    try {
      const result = await loadPaletteIndexAction({});
      if (result.ok) setIndex({ status: "ready", data: result.data });
      else if (!quietly) setIndex({ status: "failed" });
    } catch {
      if (!quietly) setIndex({ status: "failed" });
    }
  }, []);

  const openPalette = useCallback(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) {
      inputRef.current?.focus();
      return;
    }
    dialog.showModal();
    inputRef.current?.focus();
    if (index.status !== "loading") void loadIndex(index.status === "ready");
  }, [index.status, loadIndex]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      openPalette();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [openPalette]);

  const activeId = activeIndex >= 0 ? optionId(activeIndex) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId, results]);

  const go = (item: PaletteItem) => {
    dialogRef.current?.close();
    if (mayLeaveUnsavedChanges()) router.push(item.href);
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (activeIndex >= 0) go(results[activeIndex]);
    }
  };

  const kind = (item: PaletteItem) =>
    [t(`kinds.${item.kind}`), item.context, item.archived ? t("archived") : null].filter(Boolean).join(" · ");
  // One live region says how many results there are, and whether investments are still coming.
  const status = [
    results.length > 0 ? t("count", { count: results.length }) : index.status === "loading" ? null : t("noMatches"),
    index.status === "loading" ? t("loading") : null,
    index.status === "failed" ? t("failed") : null,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <>
      <button
        type="button"
        onClick={openPalette}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        className="ml-auto inline-flex items-center gap-2 rounded-md border border-gray-300 bg-white px-3 py-1 text-sm text-gray-700 hover:bg-gray-50 sm:ml-0"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4 4" />
        </svg>
        {t("open")}
        <kbd className="hidden rounded border border-gray-300 bg-gray-50 px-1.5 font-sans text-xs text-gray-600 sm:inline">
          {shortcut}
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        className="mx-auto mt-[10vh] w-[calc(100%-2rem)] max-w-xl rounded-lg border border-gray-300 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-900/50"
        onClose={() => {
          setQuery("");
          setActive(0);
        }}
        onClick={(event) => {
          // A click on the backdrop lands on the dialog itself.
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
      >
        <div className="space-y-2 p-4">
          <div className="flex items-center justify-between gap-3">
            <h2 id={titleId} className="text-base font-semibold">
              {t("title")}
            </h2>
            <button
              type="button"
              onClick={() => dialogRef.current?.close()}
              className="rounded-md border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50"
            >
              {t("close")}
            </button>
          </div>
          <label htmlFor={inputId} className="block text-sm text-gray-700">
            {t("inputLabel")}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            placeholder={t("placeholder")}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKeyDown}
            className="block w-full rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-600 focus:ring-blue-600"
          />
          <p id={hintId} className="text-xs text-gray-600">
            {t("hint")}
          </p>
          <p role="status" className="text-sm text-gray-700" data-testid="palette-status">
            {status}
          </p>
        </div>
        <ul
          id={listId}
          role="listbox"
          aria-label={t("results")}
          className="max-h-[50vh] overflow-y-auto border-t border-gray-200 py-1"
        >
          {results.map((item, position) => (
            <li
              key={item.key}
              id={optionId(position)}
              role="option"
              aria-selected={position === activeIndex}
              onClick={() => go(item)}
              onMouseMove={() => position !== activeIndex && setActive(position)}
              className="cursor-pointer border-l-4 border-transparent px-4 py-2 aria-selected:border-blue-700 aria-selected:bg-blue-50"
            >
              <span className="block break-words text-sm font-medium">{item.label}</span>
              <span className="block break-words text-xs text-gray-600">{kind(item)}</span>
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}
