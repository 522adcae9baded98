/** schema.org `Dataset` for the data page, from the dataset and the files of the current release. */
import type { Dataset } from "../data/load.ts";
import { CREATOR, DATASET_DESCRIPTION, DATASET_TITLE, KEYWORDS, LICENCE, SITE_URL, dataUrl } from "./site.ts";
import { releaseCitationUrl } from "./citation.ts";

export interface JsonLdFiles {
  dir: string;
  version: string;
  /** Release date; null for the working copy. */
  date: string | null;
  files: readonly { path: string; bytes: number; sha256: string }[];
}

const FORMAT: Record<string, string> = {
  csv: "text/csv",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
};

/** First and last year the data speak of: observation years and the targets' baseline and target years. */
export function temporalCoverage(data: Dataset): string {
  const years = [...data.observations.map((o) => o.year), ...data.targets.flatMap((t) => [t.baseline_year, t.target_year])];
  return `${Math.min(...years)}/${Math.max(...years)}`;
}

export function datasetJsonLd(data: Dataset, lang: "zh" | "en", current: JsonLdFiles | null) {
  const other = lang === "zh" ? "en" : "zh";
  const province = data.places.find((p) => p.level === "province");
  const released = current?.date ? current : null;
  const distributed = (current?.files ?? []).filter((f) => (!f.path.includes("/") && /\.(csv|xlsx|zip)$/.test(f.path)) || f.path === "datapackage.json");
  const organisation = { "@type": "Organization", name: CREATOR.en, alternateName: CREATOR.zh, url: `${SITE_URL}/` };
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: DATASET_TITLE[lang],
    alternateName: DATASET_TITLE[other],
    description: DATASET_DESCRIPTION[lang],
    url: `${SITE_URL}${lang === "zh" ? "" : "/en"}/data/`,
    inLanguage: ["zh-CN", "en"],
    keywords: [...KEYWORDS],
    license: LICENCE.url,
    isAccessibleForFree: true,
    creator: organisation,
    publisher: organisation,
    ...(released ? { version: released.version, datePublished: released.date, identifier: releaseCitationUrl(released.version) } : {}),
    temporalCoverage: temporalCoverage(data),
    ...(province
      ? {
          spatialCoverage: {
            "@type": "AdministrativeArea",
            name: lang === "zh" ? province.name_zh : province.name_en,
            alternateName: lang === "zh" ? province.name_en : province.name_zh,
            identifier: String(province.adcode),
            containsPlace: data.places.filter((p) => p.level === "city").map((p) => ({ "@type": "AdministrativeArea", name: lang === "zh" ? p.name_zh : p.name_en, identifier: String(p.adcode) })),
          },
        }
      : {}),
    variableMeasured: data.indicators.map((i) => ({
      "@type": "PropertyValue",
      propertyID: i.id,
      name: lang === "zh" ? i.name_zh : i.name_en,
      alternateName: lang === "zh" ? i.name_en : i.name_zh,
      unitText: i.unit,
    })),
    ...(current
      ? {
          distribution: distributed.map((f) => ({
            "@type": "DataDownload",
            name: f.path,
            encodingFormat: FORMAT[f.path.split(".").pop() ?? ""] ?? "application/json",
            contentUrl: dataUrl(current.dir, f.path),
            contentSize: `${f.bytes} B`,
            sha256: f.sha256,
          })),
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so the text cannot close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");
