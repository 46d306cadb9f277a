/* sg-import-names.c: the names an import knows — of the kinds it fills, and of their columns
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * German labels: a German Excel file is imported on an English desktop
 * too, so the labels are looked up in the German catalogue itself (the
 * .mo file beside the one gettext uses), not through the locale, which
 * one thread cannot switch for itself. The catalogue is read once. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-import-names.h"
#include "sg-kinds.h"
#include "sg-record.h"

/* What other registers call a field: per kind (NULL: any kind with a
 * field of that name). The risk register's own names are sg-csv-cells.c's. */
static const struct
{
  const char *table;
  const char *field;
  const char *names[12];
} synonyms[] = {
  { NULL, "ref", { "Ref", "ID", "Ref.", "Reference", "No.", "Number", "#", "Nr.", "Nummer", "Kennung", "Referenz" } },
  { NULL, "title", { "Title", "Name", "Titel", "Bezeichnung" } },
  { NULL, "name", { "Name", "Title", "Bezeichnung", "Titel" } },
  { NULL, "description", { "Description", "Details", "Beschreibung" } },
  { NULL, "owner", { "Owner", "Responsible", "Verantwortlich", "Verantwortliche(r)", "Verantwortlicher", "Eigentümer" } },
  { NULL, "notes", { "Notes", "Comments", "Remarks", "Comment", "Notizen", "Bemerkungen", "Kommentar", "Anmerkungen" } },
  { NULL, "status", { "Status", "State", "Zustand" } },
  { NULL, "type", { "Type", "Typ", "Art" } },
  { NULL, "location", { "Location", "Standort", "Ort", "Ablage" } },
  { NULL, "classification", { "Classification", "Klassifizierung", "Klassifikation", "Schutzbedarf" } },
  { NULL, "next-review", { "Next Review", "Review Date", "Next Review Date", "Nächste Prüfung", "Nächste Überprüfung" } },
  { NULL, "due-date", { "Due", "Due Date", "Deadline", "Fällig", "Fälligkeit", "Termin", "Frist" } },
  { "asset", "name", { "Asset", "Asset Name", "Asset Title", "Asset-Name", "Asset-Bezeichnung", "Wert", "Informationswert" } },
  { "asset", "type", { "Asset Type", "Category", "Asset Category", "Kategorie", "Asset-Typ" } },
  { "asset", "owner", { "Asset Owner", "Asset-Eigentümer", "Asset-Verantwortlicher" } },
  { "asset", "confidentiality", { "C", "Confidentiality", "Vertraulichkeit" } },
  { "asset", "integrity", { "I", "Integrity", "Integrität" } },
  { "asset", "availability", { "A", "Availability", "Verfügbarkeit" } },
  { "control", "ref", { "Control", "Control ID", "Control No.", "Control Ref", "Annex A", "Annex A Ref",
                        "Clause", "Maßnahme", "Control-Nr.", "Maßnahmen-Nr.", "Anhang A" } },
  { "control", "title", { "Control Name", "Control Title", "Maßnahmentitel", "Maßnahmenname" } },
  { "control", "applicable", { "Applicable", "Applicable?", "Applicability", "Included", "Selected",
                               "Anwendbar", "Anwendbar?", "Anwendbarkeit" } },
  { "control", "justification", { "Justification", "Reason", "Rationale", "Justification for Inclusion",
                                   "Justification for Exclusion", "Begründung", "Begründung der Anwendbarkeit" } },
  { "control", "implementation", { "Status", "Implementation", "Implementation Status", "Umsetzung",
                                   "Umsetzungsstatus", "Umsetzungsstand" } },
  { "control", "implementation-notes", { "Implementation Notes", "How Implemented", "Umsetzungshinweise",
                                         "Notes", "Notizen", "Bemerkungen" } },
  { "control", "owner", { "Control Owner", "Maßnahmenverantwortlicher" } },
  { "person", "name", { "Full Name", "Person", "Employee", "Mitarbeiter", "Mitarbeiterin", "Vollständiger Name" } },
  { "person", "function", { "Job Title", "Role", "Position", "Function", "Funktion", "Rolle", "Stelle" } },
  { "person", "unit", { "Department", "Team", "Unit", "Abteilung", "Bereich", "Organisationseinheit" } },
  { "person", "email", { "Email", "E-Mail", "Mail", "Email Address", "E-Mail-Adresse" } },
  { "person", "active", { "Active", "Aktiv" } },
  { "document", "version", { "Version", "Rev", "Revision" } },
  { "document", "approved-by", { "Approved By", "Approver", "Freigegeben von", "Freigabe durch" } },
  { "document", "approved-on", { "Approved On", "Approval Date", "Freigegeben am", "Freigabedatum" } },
  { "supplier", "name", { "Supplier", "Supplier Name", "Vendor", "Vendor Name", "Lieferant", "Dienstleister",
                          "Firma" } },
  { "supplier", "service", { "Service", "Services", "Scope of Service", "Leistung", "Dienstleistung",
                             "Leistungsumfang" } },
  { "supplier", "criticality", { "Criticality", "Critical", "Tier", "Kritikalität", "Kritisch" } },
  { "supplier", "contact", { "Contact", "Relationship Owner", "Ansprechpartner", "Kontakt" } },
  { "supplier", "assessed-on", { "Last Assessment", "Last Review", "Assessed On", "Letzte Bewertung",
                                 "Letzte Prüfung" } },
  { "supplier", "assessment-result", { "Assessment Result", "Result", "Rating", "Ergebnis", "Bewertung" } },
  { "supplier", "next-assessment", { "Next Assessment", "Next Review", "Nächste Bewertung",
                                     "Nächste Prüfung" } },
  { "obligation", "title", { "Obligation", "Requirement Title", "Verpflichtung" } },
  { "obligation", "source", { "Source", "Law", "Regulation", "Contract", "Quelle", "Gesetz", "Rechtsgrundlage",
                              "Vertrag" } },
  { "obligation", "interested-party", { "Interested Party", "Party", "Stakeholder", "Interessierte Partei",
                                        "Interessengruppe" } },
  { "obligation", "requirement", { "Requirement", "Description", "Anforderung", "Beschreibung" } },
  { "obligation", "controls", { "Controls", "Annex A", "Maßnahmen", "Anhang A" } },
};

static GHashTable *
read_catalogue (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* Where gettext looks, else where the program or its build tree keeps
   * them (a test program binds no catalogue). */
  const char *dirs[] = { bindtextdomain (GETTEXT_PACKAGE, NULL), LOCALEDIR, BUILD_LOCALE_DIR };
  g_autofree char *data = NULL;
  gsize length = 0;
  guint32 magic, n, originals, translations;
  gboolean swap;

  for (guint i = 0; i < G_N_ELEMENTS (dirs) && data == NULL; i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL)
        continue;
      path = g_build_filename (dirs[i], "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (!g_file_get_contents (path, &data, &length, NULL))
        g_clear_pointer (&data, g_free);
    }
  if (data == NULL || length < 28)
    return table;

  /* The .mo layout: magic, revision, count, then the offsets of two
   * tables of (length, offset) pairs; either byte order. */
  memcpy (&magic, data, 4);
  if (magic != 0x950412de && GUINT32_SWAP_LE_BE (magic) != 0x950412de)
    return table;
  swap = magic != 0x950412de;
#define READ32(at) (swap ? GUINT32_SWAP_LE_BE (*(guint32 *) (data + (at))) : *(guint32 *) (data + (at)))
  n = READ32 (8);
  originals = READ32 (12);
  translations = READ32 (16);
  if (originals > length || translations > length ||
      n > (length - MAX (originals, translations)) / 8)
    return table;
  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_length = READ32 (originals + i * 8), id_at = READ32 (originals + i * 8 + 4);
      guint32 str_length = READ32 (translations + i * 8), str_at = READ32 (translations + i * 8 + 4);

      if (id_at > length || id_length >= length - id_at || str_at > length || str_length >= length - str_at)
        continue;
      /* Plural forms and messages with a context are no labels. */
      if (id_length == 0 || strlen (data + id_at) != id_length || memchr (data + id_at, '\004', id_length))
        continue;
      g_hash_table_insert (table, g_strndup (data + id_at, id_length), g_strndup (data + str_at, str_length));
    }
#undef READ32
  return table;
}

const char *
sg_import_names_german (const char *msgid)
{
  static GHashTable *catalogue;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (g_once_init_enter (&catalogue))
    g_once_init_leave (&catalogue, read_catalogue ());
  return g_hash_table_lookup (catalogue, msgid);
}

static void
add_weakly (GHashTable *names,
            const char *name,
            GParamSpec *pspec)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  char *folded = g_utf8_casefold (trimmed, -1);

  if (g_hash_table_contains (names, folded))
    g_free (folded);
  else
    g_hash_table_insert (names, folded, pspec);
}

void
sg_import_names_add (GHashTable *names,
                     GPtrArray  *fields)
{
  GType kind = G_TYPE_INVALID;
  const char *table = NULL;

  g_return_if_fail (names != NULL);
  g_return_if_fail (fields != NULL);

  /* The kind is the one that owns a field not every record has. */
  for (guint f = 0; f < fields->len && kind == G_TYPE_INVALID; f++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, f);

      if (pspec->owner_type != SG_TYPE_RECORD && g_type_is_a (pspec->owner_type, SG_TYPE_RECORD))
        kind = pspec->owner_type;
    }
  if (kind != G_TYPE_INVALID)
    table = sg_record_class_get_table (g_type_class_peek (kind));

  /* The kind's own names first: "Control" is a control's ref. */
  for (int pass = 0; pass < 2; pass++)
    for (guint s = 0; s < G_N_ELEMENTS (synonyms); s++)
      {
        if (pass == 0 ? (synonyms[s].table == NULL || g_strcmp0 (synonyms[s].table, table) != 0)
                      : synonyms[s].table != NULL)
          continue;
        for (guint f = 0; f < fields->len; f++)
          {
            GParamSpec *pspec = g_ptr_array_index (fields, f);

            if (!g_str_equal (pspec->name, synonyms[s].field))
              continue;
            for (guint i = 0; i < G_N_ELEMENTS (synonyms[s].names) && synonyms[s].names[i]; i++)
              add_weakly (names, synonyms[s].names[i], pspec);
          }
      }
  for (guint f = 0; f < fields->len; f++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, f);
      const char *german = sg_import_names_german (g_param_spec_get_nick (pspec));

      if (german != NULL)
        add_weakly (names, german, pspec);
    }
}

gboolean
sg_import_kind_is_importable (GType kind)
{
  g_autoptr(SgRecordClass) klass = NULL;

  g_return_val_if_fail (g_type_is_a (kind, SG_TYPE_RECORD), FALSE);

  klass = g_type_class_ref (kind);
  return sg_record_class_get_area (klass) != SG_RECORD_AREA_NONE &&
         sg_record_class_get_title_field (klass) != NULL;
}

char *
sg_import_kind_get_name (GType kind)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);

  return g_strdelimit (g_strdup (sg_record_class_get_count_label (klass)), " _", '-');
}

GType
sg_import_kind_from_name (const char *name)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (name != NULL, G_TYPE_INVALID);

  wanted = g_ascii_strdown (name, -1);
  g_strdelimit (wanted, " _", '-');
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *own = NULL;
      g_autofree char *table = NULL;

      if (!sg_import_kind_is_importable (kinds[i]))
        continue;
      own = sg_import_kind_get_name (kinds[i]);
      table = g_strdelimit (g_strdup (sg_record_class_get_table (g_type_class_peek (kinds[i]))), "_", '-');
      if (g_str_equal (wanted, own) || g_str_equal (wanted, table))
        return kinds[i];
    }
  return G_TYPE_INVALID;
}

char *
sg_import_kind_list_names (void)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *name = NULL;

      if (!sg_import_kind_is_importable (kinds[i]))
        continue;
      name = sg_import_kind_get_name (kinds[i]);
      g_string_append_printf (out, "%s%s", out->len ? ", " : "", name);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
