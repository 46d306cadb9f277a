/* sg-xlsx-summary.c: the workbook's summary, with the heat maps, and its risk method sheet
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-heatmap.h"
#include "sg-kinds.h"
#include "sg-matrix-cell.h"
#include "sg-nonconformity.h"
#include "sg-png.h"
#include "sg-protection-level.h"
#include "sg-risk-level.h"
#include "sg-risk.h"
#include "sg-scale-level.h"
#include "sg-scope.h"
#include "sg-xlsx-private.h"

#define HEATMAP_WIDTH 800
#define HEATMAP_HEIGHT 600
#define HEATMAP_SCALE 0.6

/* NULL only when memory ran out: the workbook then goes without the image. */
static GBytes *
draw_heatmap_png (const SgHeatmapData *data)
{
  cairo_surface_t *surface;
  GBytes *png;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, HEATMAP_WIDTH, HEATMAP_HEIGHT);
  cr = cairo_create (surface);
  sg_heatmap_draw (cr, HEATMAP_WIDTH, HEATMAP_HEIGHT, data);
  cairo_destroy (cr);
  png = sg_png_encode (surface, NULL);
  cairo_surface_destroy (surface);
  return png;
}

/* From the heat map's counts: risks above the appetite before treatment,
 * and now (the residual rating, or the inherent one until a risk has a
 * residual rating, as on the overview page), and the risks with neither. */
static void
count_above_appetite (SgRiskMethod        *method,
                      const SgHeatmapData *data,
                      guint                n_risks,
                      guint               *above_inherent,
                      guint               *above_now,
                      guint               *unrated)
{
  guint n_cells = data->n_likelihood * data->n_impact;
  guint rated = 0;

  for (guint l = 1; l <= data->n_likelihood; l++)
    for (guint i = 1; i <= data->n_impact; i++)
      {
        guint cell = sg_heatmap_data_cell_index (data, (int) l, (int) i);
        SgRiskLevel *level = sg_risk_method_get_level (method, (int) l, (int) i);
        gboolean above = level != NULL && !sg_record_peek_boolean (SG_RECORD (level), "within-appetite");
        guint with_residual = 0, inherent_only;

        for (guint to = 0; to < n_cells; to++)
          with_residual += data->moves[cell * n_cells + to];
        inherent_only = data->inherent_counts[cell] - with_residual;

        if (above)
          {
            *above_inherent += data->inherent_counts[cell];
            *above_now += data->residual_counts[cell] + inherent_only;
          }
        rated += data->residual_counts[cell] + inherent_only;
      }
  *unrated = n_risks - rated;
}

static SgRecord *
first_record (SgStore *store,
              GType    kind)
{
  GListModel *records = sg_store_get_records (store, kind);

  return g_list_model_get_n_items (records) > 0 ? g_list_model_get_item (records, 0) : NULL;
}

/* A label of the summary: one line, its column as wide as the longest. */
static void
add_label (SgXlsxFiller      *filler,
           SgXlsxSheet *sheet,
           const char  *label)
{
  sg_xlsx_filler_set_text (filler, sheet, 0, label, filler->left);
  sg_xlsx_sheet_fit (sheet, 0, g_utf8_strlen (label, -1) + 2);
}

static void
add_pair (SgXlsxFiller      *filler,
          SgXlsxSheet *sheet,
          const char  *label,
          const char  *value)
{
  sg_xlsx_sheet_add_row (filler->plan, sheet);
  add_label (filler, sheet, label);
  sg_xlsx_filler_set_text (filler, sheet, 1, value, filler->wrap);
}

static void
add_count (SgXlsxFiller      *filler,
           SgXlsxSheet *sheet,
           const char  *label,
           guint        count)
{
  sg_xlsx_sheet_add_row (filler->plan, sheet);
  add_label (filler, sheet, label);
  sg_xlsx_sheet_set_number (sheet, 1, count, filler->left);
}

guint
sg_xlsx_filler_add_section (SgXlsxFiller *filler,
                            SgXlsxSheet  *sheet,
                            const char   *title)
{
  guint row;

  if (sheet->n_rows > 0)
    sg_xlsx_sheet_add_row (filler->plan, sheet);
  row = sg_xlsx_sheet_add_row (filler->plan, sheet);
  sg_xlsx_filler_set_text (filler, sheet, 0, title, filler->section);
  return row;
}

void
sg_xlsx_add_summary (SgXlsxFiller *filler,
                     SgXlsxSheet  *sheet)
{
  g_autoptr(SgRecord) scope = first_record (filler->store, SG_TYPE_SCOPE);
  g_autofree char *register_name = g_path_get_basename (sg_store_get_path (filler->store));
  g_autofree char *today = sg_date_today ();
  g_autofree char *title = NULL;
  GListModel *risks = sg_store_get_records (filler->store, SG_TYPE_RISK);
  GListModel *controls = sg_store_get_records (filler->store, SG_TYPE_CONTROL);
  GListModel *ncs = sg_store_get_records (filler->store, SG_TYPE_NONCONFORMITY);
  g_autoptr(SgHeatmapData) heatmap = NULL;
  guint above_inherent = 0, above_residual = 0, unrated = 0;
  guint applicable = 0, implemented = 0, open_ncs = 0;
  const char *organisation = scope ? sg_record_peek_string (scope, "organisation") : NULL;
  const GType *kinds;
  guint n_kinds;
  double serial;

  sg_xlsx_sheet_add_row (filler->plan, sheet);
  sg_xlsx_filler_set_text (filler, sheet, 0, _("Information security management system"), filler->title);

  add_pair (filler, sheet, _("Organisation"), organisation);
  if (scope != NULL)
    {
      add_pair (filler, sheet, _("Scope"), sg_record_peek_string (scope, "title"));
      add_pair (filler, sheet, _("Scope statement"), sg_record_peek_string (scope, "statement"));
    }
  add_pair (filler, sheet, _("Register"), register_name);
  sg_xlsx_sheet_add_row (filler->plan, sheet);
  add_label (filler, sheet, _("Exported on"));
  if (sg_xlsx_date_to_serial (today, &serial))
    sg_xlsx_sheet_set_number (sheet, 1, serial, filler->date);
  /* The change history's head, so that a later check of the register can
   * be held against the workbook the auditor received. */
  {
    g_autofree char *head = sg_store_dup_history_head (filler->store);

    add_pair (filler, sheet, _("History chain head"), head);
    add_count (filler, sheet, _("History entries"), sg_store_count_history (filler->store));
  }

  sg_xlsx_filler_add_section (filler, sheet, _("Records"));
  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(SgRecordClass) klass = NULL;

      /* The risk method's parts and the protection levels' words are
       * not records a reader counts. */
      if (kinds[i] == SG_TYPE_SCALE_LEVEL || kinds[i] == SG_TYPE_RISK_LEVEL ||
          kinds[i] == SG_TYPE_MATRIX_CELL || kinds[i] == SG_TYPE_PROTECTION_LEVEL)
        continue;
      klass = g_type_class_ref (kinds[i]);
      add_count (filler, sheet, sg_record_class_get_plural (klass),
                 g_list_model_get_n_items (sg_store_get_records (filler->store, kinds[i])));
    }

  /* One count of the risks serves the key figures and both heat maps. */
  heatmap = sg_heatmap_data_new_from_store (filler->store, SG_HEATMAP_MODE_INHERENT, NULL);
  if (heatmap != NULL)
    count_above_appetite (filler->method, heatmap, g_list_model_get_n_items (risks),
                          &above_inherent, &above_residual, &unrated);
  else
    unrated = g_list_model_get_n_items (risks);
  for (guint i = 0; i < g_list_model_get_n_items (controls); i++)
    {
      g_autoptr(SgRecord) control = g_list_model_get_item (controls, i);

      if (!sg_record_peek_boolean (control, "applicable"))
        continue;
      applicable++;
      if (sg_record_peek_enum (control, "implementation") >= SG_IMPLEMENTATION_STATUS_IMPLEMENTED)
        implemented++;
    }
  for (guint i = 0; i < g_list_model_get_n_items (ncs); i++)
    {
      g_autoptr(SgRecord) nc = g_list_model_get_item (ncs, i);

      if (sg_record_peek_enum (nc, "status") != SG_NC_STATUS_CLOSED)
        open_ncs++;
    }

  sg_xlsx_filler_add_section (filler, sheet, _("Key figures"));
  add_count (filler, sheet, _("Risks above the risk appetite before treatment"), above_inherent);
  add_count (filler, sheet, _("Risks above the risk appetite now"), above_residual);
  add_count (filler, sheet, _("Risks not rated"), unrated);
  add_count (filler, sheet, _("Applicable controls"), applicable);
  add_count (filler, sheet, _("Applicable controls implemented"), implemented);
  add_count (filler, sheet, _("Open nonconformities"), open_ncs);

  /* The heat maps get a printed page of their own. */
  sheet->page_break = sg_xlsx_filler_add_section (filler, sheet, _("Heat maps"));
  for (guint m = 0; m < 2 && heatmap != NULL; m++)
    {
      GBytes *png;
      SgXlsxImage *image;

      /* The counts of both are in the data; only what it shows changes. */
      if (m == 1)
        {
          guint n_cells = heatmap->n_likelihood * heatmap->n_impact;

          heatmap->mode = SG_HEATMAP_MODE_RESIDUAL;
          heatmap->n_rated = 0;
          for (guint c = 0; c < n_cells; c++)
            heatmap->n_rated += heatmap->residual_counts[c];
          g_free (heatmap->title);
          heatmap->title = g_strdup (_("Risk heat map: residual risk"));
        }
      png = draw_heatmap_png (heatmap);
      if (png == NULL)
        continue;
      image = g_new0 (SgXlsxImage, 1);
      image->png = png;
      image->scale = HEATMAP_SCALE;
      image->description = g_strdup (m == 0 ? _("Heat map of the inherent risks") :
                                              _("Heat map of the residual risks"));
      image->row = sheet->n_rows + m * (guint) (HEATMAP_HEIGHT * HEATMAP_SCALE / 20 + 2);
      g_ptr_array_add (sheet->images, image);
    }

  if (organisation != NULL && *organisation != '\0')
    /* Translators: the workbook's title property; %s is the organisation */
    title = g_strdup_printf (_("ISMS register of %s"), organisation);
  sg_xlsx_plan_set_properties (filler->plan, title ? title : _("ISMS register"), organisation);
}

void
sg_xlsx_add_method_sheet (SgXlsxFiller *filler,
                          SgXlsxSheet  *sheet)
{
  SgRiskMethod *method = filler->method;
  guint n_likelihood = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD);
  guint n_impact = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT);
  guint n_levels = sg_risk_method_get_n_levels (method);
  SgXlsxPlan *plan = filler->plan;

  for (guint a = 0; a < 2; a++)
    {
      SgScaleAxis axis = a == 0 ? SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT;
      const char *headers[] = { _("Value"), _("Label"), _("Description") };

      sg_xlsx_filler_add_section (filler, sheet, a == 0 ? _("Likelihood scale") : _("Impact scale"));
      sg_xlsx_sheet_add_row (plan, sheet);
      for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
        sg_xlsx_filler_set_text (filler, sheet, c, headers[c], filler->header);
      for (guint v = 1; v <= sg_risk_method_get_n_values (method, axis); v++)
        {
          SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, (int) v);

          sg_xlsx_sheet_add_row (plan, sheet);
          sg_xlsx_sheet_set_number (sheet, 0, v, filler->left);
          if (level == NULL)
            continue;
          sg_xlsx_filler_set_text (filler, sheet, 1, sg_record_peek_string (SG_RECORD (level), "label"), filler->left);
          /* Runs on over the empty cells to its right, as one line. */
          sg_xlsx_filler_set_text (filler, sheet, 2, sg_record_peek_string (SG_RECORD (level), "description"),
                    filler->left);
        }
    }

  {
    const char *headers[] = { _("Risk level"), _("Colour"), _("Within risk appetite"),
                              _("May be accepted by"), _("Description") };

    sg_xlsx_filler_add_section (filler, sheet, _("Risk levels"));
    sg_xlsx_sheet_add_row (plan, sheet);
    for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
      sg_xlsx_filler_set_text (filler, sheet, c, headers[c], filler->header);
    for (guint i = n_levels; i > 0; i--)
      {
        SgRiskLevel *risk_level = sg_risk_method_get_level_nth (method, i - 1);
        SgRecord *level = SG_RECORD (risk_level);
        guint16 fill = sg_xlsx_filler_level_style (filler, risk_level);

        sg_xlsx_sheet_add_row (plan, sheet);
        sg_xlsx_filler_set_text (filler, sheet, 0, sg_record_peek_string (level, "name"), fill);
        sg_xlsx_filler_set_text (filler, sheet, 1, sg_record_peek_string (level, "colour"), fill);
        sg_xlsx_filler_set_text (filler, sheet, 2, sg_record_peek_boolean (level, "within-appetite") ? _("yes") : _("no"), 0);
        sg_xlsx_filler_set_text (filler, sheet, 3, sg_record_peek_string (level, "acceptance-authority"), filler->left);
        sg_xlsx_filler_set_text (filler, sheet, 4, sg_record_peek_string (level, "description"), filler->left);
      }
  }

  sg_xlsx_filler_add_section (filler, sheet, _("Risk matrix"));
  sg_xlsx_sheet_add_row (plan, sheet);
  /* Translators: the corner cell of the risk matrix: rows are likelihood, columns impact */
  sg_xlsx_filler_set_text (filler, sheet, 0, _("Likelihood ↓  Impact →"), filler->header);
  for (guint i = 1; i <= n_impact; i++)
    {
      SgScaleLevel *level = sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_IMPACT, (int) i);
      g_autofree char *label = g_strdup_printf ("%u %s", i, level ? sg_record_peek_string (SG_RECORD (level), "label") : "");

      sg_xlsx_filler_set_text (filler, sheet, i, g_strstrip (label), filler->header);
    }
  for (guint l = n_likelihood; l > 0; l--)
    {
      SgScaleLevel *level = sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_LIKELIHOOD, (int) l);
      g_autofree char *label = g_strdup_printf ("%u %s", l, level ? sg_record_peek_string (SG_RECORD (level), "label") : "");

      sg_xlsx_sheet_add_row (plan, sheet);
      sg_xlsx_filler_set_text (filler, sheet, 0, g_strstrip (label), filler->header);
      for (guint i = 1; i <= n_impact; i++)
        {
          SgRiskLevel *cell = sg_risk_method_get_level (method, (int) l, (int) i);

          if (cell != NULL)
            sg_xlsx_filler_set_text (filler, sheet, i, sg_record_peek_string (SG_RECORD (cell), "name"),
                      sg_xlsx_filler_level_style (filler, cell));
          else
            sg_xlsx_sheet_set_style (sheet, i, filler->no_level);
        }
    }
}
