"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { currentWorkspacePage, type WorkspacePage } from "@/lib/navigation/workspace-pages";

type NavLink = Pick<WorkspacePage, "id" | "path" | "includesSubpaths"> & { href: string; label: string };

/**
 * The workspace's pages as tabs, the current one marked (aria-current, a bar and bold
 * text). Narrow screens get one row that scrolls sideways inside the nav — never the page —
 * and scrolls the current tab into view.
 */
export function WorkspaceNavLinks({ label, slug, links }: { label: string; slug: string; links: NavLink[] }) {
  const pathname = usePathname();
  const current = currentWorkspacePage(pathname, slug, links);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const list = listRef.current;
    const link = list?.querySelector<HTMLElement>("[aria-current]");
    if (!list || !link) return;
    const item = link.parentElement ?? link;
    const left = item.offsetLeft;
    const right = left + item.offsetWidth;
    if (left < list.scrollLeft || right > list.scrollLeft + list.clientWidth) list.scrollLeft = Math.max(0, left - 16);
  }, [current?.id]);

  return (
    <nav aria-label={label} className="border-b border-gray-200">
      <ul ref={listRef} className="relative -mb-px flex gap-1 overflow-x-auto sm:flex-wrap sm:overflow-x-visible">
        {links.map((link) => (
          <li key={link.id} className="shrink-0">
            <Link
              href={link.href}
              aria-current={current?.id === link.id ? current.ariaCurrent : undefined}
              className="block whitespace-nowrap rounded-t-md border-b-2 border-transparent px-3 py-2 text-sm text-gray-700 hover:bg-gray-100 focus-visible:outline-offset-[-2px] [&[aria-current]]:border-blue-700 [&[aria-current]]:font-semibold [&[aria-current]]:text-blue-800"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
