/** Languages a saved reply is written in (Dutch first). */
export const SAVED_REPLY_LANGUAGES = ['nl', 'en'] as const;
export type SavedReplyLanguage = (typeof SAVED_REPLY_LANGUAGES)[number];

/** A reply an organisation or one team keeps ready; `{naam}` and `{organisatie}` are filled in when picked. */
export interface SavedReply {
  id: string;
  title: string;
  text: string;
  language: SavedReplyLanguage;
  /** null: for the whole organisation. */
  teamId: string | null;
}

export interface SavedReplyPage {
  items: SavedReply[];
}

/** `POST /api/saved-replies` and `PUT /api/saved-replies/:id` (supervisor, admin). */
export interface SavedReplyRequest {
  title: string;
  text: string;
  language: SavedReplyLanguage;
  teamId?: string | null;
}

/** `GET /api/saved-replies/variables`: what the organisation fills in (`ORGANISATION_NAME`). */
export interface SavedReplyVariables {
  organisatie: string | null;
}

/** The variables a saved reply may hold, and what fills them. */
export const SAVED_REPLY_VARIABLES = ['naam', 'organisatie'] as const;

/**
 * Fills `{naam}` (the person's name as they gave it) and `{organisatie}`; a variable without a value is
 * left out with the space before it, so "Dag {naam}," becomes "Dag," rather than "Dag {naam},".
 */
export function fillSavedReply(
  text: string,
  values: { naam?: string | null; organisatie?: string | null },
): string {
  return text.replace(
    /( ?)\{(naam|organisatie)\}/g,
    (_match, space: string, name: 'naam' | 'organisatie') => {
      const value = values[name]?.trim();
      return value ? `${space}${value}` : '';
    },
  );
}
