"use client";

import type { ComponentProps } from "react";
import { DriverFields } from "./driver-fields";

type Props = Omit<ComponentProps<typeof DriverFields>, "layout"> & { id: string; columns: number };

/** The grid row under a month that splits its benefit by driver. */
export function DriversRow({ id, columns, ...fields }: Props) {
  return (
    <tr id={id} className="border-b bg-gray-50">
      <td colSpan={columns} className="px-2 py-2">
        <DriverFields layout="grid" {...fields} />
      </td>
    </tr>
  );
}
