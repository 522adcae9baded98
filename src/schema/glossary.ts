/**
 * The plain-language glossary (content/glossary/glossary.json): one entry per term a citizen meets on
 * the site. The `en` strings are the project's fixed English terms; translations use exactly these.
 */
import { z } from "zod";
import { statusCodes } from "../status/computeStatus.ts";
import { observationFlags } from "./observations.ts";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** One line of prose: no surrounding spaces, no line breaks (it is shown inline and in tooltips). */
const line = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .min(1, { error: `${what} must not be empty` })
    .refine((s) => s === s.trim(), { error: `${what} has leading or trailing spaces` })
    .refine((s) => !/[\r\n]/.test(s), { error: `${what} contains a line break` });

export const glossaryEntrySchema = z.strictObject(
  {
    id: z.string({ error: "id must be text" }).regex(ID, { error: "id must be lower-case letters, digits and hyphens, like caliber" }),
    /** The status of the engine this entry names; its zh/en must then equal the status label. */
    status: z.enum(statusCodes, { error: `status must be one of: ${statusCodes.join(", ")}` }).optional(),
    /** The observation flag this entry names; its zh/en must then equal the flag label. */
    flag: z.enum(observationFlags, { error: `flag must be one of: ${observationFlags.join(", ")}` }).optional(),
    zh: line("zh"),
    en: line("en"),
    /** Other Chinese forms of the term found in running text (matched like `zh`). */
    aliases_zh: z.array(line("each alias"), { error: "aliases_zh must be a list of text ([] if none)" }),
    /** Other English forms found in running text. */
    aliases_en: z.array(line("each alias"), { error: "aliases_en must be a list of text ([] if none)" }),
    explain_zh: line("explain_zh"),
    explain_en: line("explain_en"),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : undefined) },
);

export const glossarySchema = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(glossaryEntrySchema, { error: "entries must be a list of glossary entries" }).min(1, { error: "the glossary has no entries" }),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
