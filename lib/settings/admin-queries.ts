import { getPrisma } from "@/lib/db/client";
import { getSiteSettings, type SiteSettingsView } from "./queries";

// The settings form's starting point: the stored values (not the public fallbacks) and the version
// a save must name. Version 0 means the office has no settings row yet.
export type EditableSettings = { values: SiteSettingsView; version: number; updatedAt: Date | null };

export async function getSettingsForEdit(): Promise<EditableSettings> {
  const row = await getPrisma().siteSettings.findFirst();
  if (!row) return { values: await getSiteSettings(), version: 0, updatedAt: null };
  const { officeId: _o, updatedAt, version, ...values } = row;
  return { values, version, updatedAt };
}
