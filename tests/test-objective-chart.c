/* test-objective-chart.c: an objective's trend chart as a picture and in the workbook's Trend column
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "sg-enums.h"
#include "sg-objective-chart.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-test-util.h"
#include "sg-xlsx.h"

/* The chart's colours, as a reader sees them in the PNG. */
#define TARGET_RGB "(38, 162, 105)"   /* #26a269, the dashes */
#define LINE_RGB "(28, 113, 216)"     /* #1c71d8 */

/* Size, how many colours, how many pixels are not white and how many
 * have the target's and the line's colour, read by Pillow. */
static const char image_facts[] =
  "import sys\n"
  "from PIL import Image\n"
  "im = Image.open(sys.argv[1]).convert('RGB')\n"
  "px = list(im.getdata())\n"
  "print(im.size[0], im.size[1], len(set(px)),\n"
  "      sum(p != (255, 255, 255) for p in px),\n"
  "      px.count(" TARGET_RGB "), px.count(" LINE_RGB "))\n";

typedef struct
{
  int width, height;
  guint colours, inked, target, line;
} ImageFacts;

static SgRecord *
add_objective (SgTestRegister *reg,
               const char     *title,
               const char     *due_date)
{
  return sg_test_register_add (reg, SG_TYPE_OBJECTIVE,
                               SG_OBJECTIVE_TITLE, title,
                               SG_OBJECTIVE_UNIT, "%",
                               SG_OBJECTIVE_TARGET_VALUE, 95.0,
                               SG_OBJECTIVE_TARGET_DIRECTION, SG_TARGET_DIRECTION_AT_LEAST,
                               SG_OBJECTIVE_DUE_DATE, *due_date != '\0' ? due_date : NULL,
                               NULL);
}

static void
add_reading (SgTestRegister *reg,
             SgRecord       *objective,
             const char     *date,
             double          value)
{
  sg_test_register_add (reg, SG_TYPE_OBJECTIVE_READING,
                        SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (objective),
                        SG_OBJECTIVE_READING_DATE, *date != '\0' ? date : NULL,
                        SG_OBJECTIVE_READING_VALUE, value,
                        NULL);
}

/* Writes the PNG into @dir (and into $SG_TEST_CHART_DIR, to look at)
 * and reads it back with Pillow. */
static void
read_png (GBytes     *png,
          const char *dir,
          const char *name,
          ImageFacts *facts)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *out = NULL;
  const char *keep = g_getenv ("SG_TEST_CHART_DIR");
  gsize size;
  const char *data = g_bytes_get_data (png, &size);

  g_assert_nonnull (png);
  sg_test_write_file (path, data, (gssize) size);
  if (keep != NULL)
    {
      g_autofree char *copy = g_build_filename (keep, name, NULL);

      sg_test_write_file (copy, data, (gssize) size);
    }
  out = sg_test_run_tool ("/usr/bin/python3", "-c", image_facts, path, NULL);
  g_assert_cmpint (sscanf (out, "%d %d %u %u %u %u", &facts->width, &facts->height, &facts->colours,
                           &facts->inked, &facts->target, &facts->line), ==, 6);
}

static void
test_png (void)
{
  SgTestRegister reg;
  SgRecord *objective;
  g_autoptr(SgObjectiveChart) chart = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) large = NULL;
  g_autofree char *summary = NULL;
  ImageFacts facts;

  if (!sg_test_have_python_module ("PIL", "python3-pil"))
    return;

  sg_test_register_open (&reg, "chart.isms");
  objective = add_objective (&reg, "Staff who passed the phishing test", "2026-02-28");
  /* Entered out of order; the undated one has no place on a time line. */
  add_reading (&reg, objective, "2026-03-15", 90);
  add_reading (&reg, objective, "2026-01-15", 80);
  add_reading (&reg, objective, "", 50);
  add_reading (&reg, objective, "2026-02-15", 85);

  chart = sg_objective_chart_new (reg.store, objective);
  g_assert_cmpuint (sg_objective_chart_get_n_points (chart), ==, 3);
  summary = sg_objective_chart_dup_summary (chart);
  g_assert_cmpstr (summary, ==, "Trend of 3 readings, latest 90 % on 2026-03-15, target at least 95 %");

  png = sg_objective_chart_png (chart, 320, 160);
  read_png (png, reg.dir, "chart-320.png", &facts);
  g_assert_cmpint (facts.width, ==, 320);
  g_assert_cmpint (facts.height, ==, 160);
  /* Text, grid, line and dots, not a blank or a single colour. */
  g_assert_cmpuint (facts.colours, >, 20);
  g_assert_cmpuint (facts.inked, >, 1000);
  /* The dashed target line across the plot, and the readings' line. */
  g_assert_cmpuint (facts.target, >, 150);
  g_assert_cmpuint (facts.line, >, 100);

  large = sg_objective_chart_png (chart, 640, 300);
  read_png (large, reg.dir, "chart-640.png", &facts);
  g_assert_cmpint (facts.width, ==, 640);
  g_assert_cmpint (facts.height, ==, 300);
  g_assert_cmpuint (facts.target, >, 300);

  sg_test_register_close (&reg);
}

static void
test_empty (void)
{
  SgTestRegister reg;
  SgRecord *objective;
  g_autoptr(SgObjectiveChart) chart = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autofree char *summary = NULL;
  ImageFacts facts;

  if (!sg_test_have_python_module ("PIL", "python3-pil"))
    return;

  sg_test_register_open (&reg, "empty.isms");
  objective = add_objective (&reg, "Never measured", "");
  chart = sg_objective_chart_new (reg.store, objective);
  g_assert_cmpuint (sg_objective_chart_get_n_points (chart), ==, 0);
  summary = sg_objective_chart_dup_summary (chart);
  g_assert_cmpstr (summary, ==, "No readings yet");

  png = sg_objective_chart_png (chart, 320, 160);
  read_png (png, reg.dir, "chart-empty.png", &facts);
  g_assert_cmpint (facts.width, ==, 320);
  g_assert_cmpint (facts.height, ==, 160);
  /* The sentence, anti-aliased grey, and no target line without readings. */
  g_assert_cmpuint (facts.inked, >, 100);
  g_assert_cmpuint (facts.colours, >, 5);
  g_assert_cmpuint (facts.target, ==, 0);
  sg_test_register_close (&reg);
}

/* One reading, readings all alike, a target far away, no target, huge
 * values: a picture each, no division by zero, no warning. */
static void
test_odd_values (void)
{
  static const struct
  {
    const char *name;
    double      values[3];
    guint       n;
    int         direction;
    double      target;
  } cases[] = {
    { "single", { 42 }, 1, SG_TARGET_DIRECTION_AT_MOST, 10 },
    { "flat", { 7, 7, 7 }, 3, SG_TARGET_DIRECTION_AT_LEAST, 7 },
    { "zero", { 0, 0 }, 2, SG_TARGET_DIRECTION_NONE, 0 },
    { "huge", { -1e307, 1e307, 1.7e308 }, 3, SG_TARGET_DIRECTION_AT_MOST, -1.7e308 },
    { "tiny", { 1e-9, 2e-9, 1.5e-9 }, 3, SG_TARGET_DIRECTION_AT_LEAST, 3e-9 },
  };
  SgTestRegister reg;

  if (!sg_test_have_python_module ("PIL", "python3-pil"))
    return;

  sg_test_register_open (&reg, "odd.isms");
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      SgRecord *objective = sg_test_register_add (&reg, SG_TYPE_OBJECTIVE,
                                                  SG_OBJECTIVE_TITLE, cases[c].name,
                                                  SG_OBJECTIVE_UNIT, "days",
                                                  SG_OBJECTIVE_TARGET_VALUE, cases[c].target,
                                                  SG_OBJECTIVE_TARGET_DIRECTION, cases[c].direction,
                                                  NULL);
      g_autoptr(SgObjectiveChart) chart = NULL;
      g_autoptr(GBytes) png = NULL;
      g_autofree char *name = g_strdup_printf ("chart-%s.png", cases[c].name);
      ImageFacts facts;

      for (guint i = 0; i < cases[c].n; i++)
        {
          g_autofree char *date = g_strdup_printf ("2026-0%u-01", i + 1);

          add_reading (&reg, objective, date, cases[c].values[i]);
        }
      chart = sg_objective_chart_new (reg.store, objective);
      g_assert_cmpuint (sg_objective_chart_get_n_points (chart), ==, cases[c].n);
      png = sg_objective_chart_png (chart, 320, 160);
      read_png (png, reg.dir, name, &facts);
      g_assert_cmpuint (facts.inked, >, 500);
      g_assert_cmpuint (facts.line, >, 10);
      /* A target is drawn when there is one. */
      if (cases[c].direction == SG_TARGET_DIRECTION_NONE)
        g_assert_cmpuint (facts.target, ==, 0);
      else
        g_assert_cmpuint (facts.target, >, 100);
    }
  sg_test_register_close (&reg);
}

/* The objectives sheet: a Trend column, one picture per objective that
 * has readings, in that objective's row and in that column. */
static const char workbook_facts[] =
  "import sys, openpyxl\n"
  "wb = openpyxl.load_workbook(sys.argv[1])\n"
  "ws = wb['Objectives']\n"
  "header = [c.value for c in ws[1]]\n"
  "trend = header.index('Trend')\n"
  "title = header.index('Title')\n"
  "rows = {ws.cell(row=r, column=title + 1).value: r for r in range(2, ws.max_row + 1)}\n"
  "print(len(ws._images))\n"
  "for im in ws._images:\n"
  "    a, z = im.anchor._from, im.anchor.to\n"
  "    t = [k for k, r in rows.items() if r == a.row + 1]\n"
  "    inside = z.row == a.row or (z.row == a.row + 1 and z.rowOff == 0)\n"
  "    h = ws.row_dimensions[a.row + 1].height or 15\n"
  "    print(t[0] if t else '?', a.col == trend and z.col == trend, int(h * 4 / 3), inside)\n"
  "print('others', sum(len(s._images) for s in wb.worksheets if s.title not in ('Objectives', 'Summary')))\n";

static void
test_workbook (void)
{
  SgTestRegister reg;
  SgRecord *phishing, *patching;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *facts = NULL;
  g_auto(GStrv) lines = NULL;

  if (!sg_test_have_python_module ("openpyxl", "python3-openpyxl") ||
      !sg_test_have_python_module ("PIL", "python3-pil"))
    return;

  sg_test_register_open (&reg, "workbook.isms");
  phishing = add_objective (&reg, "Phishing", "2026-12-31");
  add_objective (&reg, "Never measured", "");
  patching = add_objective (&reg, "Patching", "");
  add_reading (&reg, phishing, "2026-01-15", 80);
  add_reading (&reg, phishing, "2026-02-15", 85);
  add_reading (&reg, phishing, "2026-03-15", 90);
  add_reading (&reg, patching, "2026-03-01", 97);

  out = g_build_filename (reg.dir, "register.xlsx", NULL);
  g_assert_true (sg_xlsx_export (reg.store, out, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  if (g_getenv ("SG_TEST_CHART_DIR") != NULL)
    {
      g_autofree char *copy = g_build_filename (g_getenv ("SG_TEST_CHART_DIR"), "register.xlsx", NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
      sg_test_write_file (copy, contents, (gssize) length);
    }
  facts = sg_test_run_tool ("/usr/bin/python3", "-c", workbook_facts, out, NULL);
  lines = g_strsplit (g_strstrip (facts), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "2");
  /* In sheet order, the objectives' own: each in its row, fully within it. */
  for (guint i = 1; i <= 2; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);

      g_assert_cmpuint (g_strv_length (words), ==, 4);
      g_assert_true (g_str_equal (words[0], "Phishing") || g_str_equal (words[0], "Patching"));
      g_assert_cmpstr (words[1], ==, "True");
      /* A row tall enough for a chart one can read, which the chart fills. */
      g_assert_cmpint (atoi (words[2]), >=, 100);
      g_assert_cmpstr (words[3], ==, "True");
    }
  g_assert_false (g_str_equal (lines[1], lines[2]));
  /* Only objectives get pictures. */
  g_assert_cmpstr (lines[3], ==, "others 0");
  sg_test_register_close (&reg);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/objective-chart/png", test_png);
  g_test_add_func ("/objective-chart/empty", test_empty);
  g_test_add_func ("/objective-chart/odd-values", test_odd_values);
  g_test_add_func ("/objective-chart/workbook", test_workbook);
  return g_test_run ();
}
