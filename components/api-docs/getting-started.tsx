import { useTranslations } from "next-intl";
import { richTags } from "./rich-text";

const POINTS = ["token", "auth", "money", "months", "etag", "idempotency", "rateLimit", "pagination", "language"] as const;

export function GettingStarted({ rateLimitPerMinute }: { rateLimitPerMinute: number }) {
  const t = useTranslations("apiDocs.start");
  return (
    <section id="getting-started" aria-labelledby="getting-started-title" className="scroll-mt-4 space-y-3">
      <h2 id="getting-started-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="list-disc space-y-2 pl-5 text-gray-800 marker:text-gray-400">
        {POINTS.map((point) => (
          <li key={point}>{t.rich(point, { ...richTags, limit: rateLimitPerMinute })}</li>
        ))}
      </ul>
    </section>
  );
}
