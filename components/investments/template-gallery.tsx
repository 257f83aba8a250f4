import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { STARTER_TEMPLATES } from "@/lib/investments/starter-templates";

type Saved = { id: string; name: string };

export async function TemplateGallery({ slug, saved }: { slug: string; saved: Saved[] }) {
  const t = await getTranslations("templates");
  return (
    <div className="space-y-6">
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {STARTER_TEMPLATES.map((template) => (
          <li key={template.id}>
            <Link
              href={`/w/${slug}/investments/new?template=${template.id}`}
              className="block h-full rounded-lg border border-gray-200 bg-white p-4 hover:border-blue-400 focus-visible:border-blue-600"
            >
              <span className="block font-medium text-gray-900">{t(`starter.${template.id}.name`)}</span>
              <span className="mt-1 block text-sm text-gray-600">{t(`starter.${template.id}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {saved.length > 0 ? (
        <div>
          <h2 className="mb-2 text-sm font-semibold">{t("savedTitle")}</h2>
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {saved.map((template) => (
              <li key={template.id}>
                <Link href={`/w/${slug}/investments/new?saved=${template.id}`} className="block rounded-lg border border-gray-200 bg-white p-4 hover:border-blue-400">
                  <span className="block font-medium">{template.name}</span>
                  <span className="mt-1 block text-sm text-gray-600">{t("savedDescription")}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
