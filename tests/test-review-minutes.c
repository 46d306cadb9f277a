/* test-review-minutes.c: a management review's minutes as a PDF, read back
 * with poppler's tools — attendees, the inputs a) to g) with their figures,
 * decisions, actions with owner and due date; frozen figures; bad refs
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-field.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-person.h"
#include "sg-review-export.h"
#include "sg-review-inputs.h"
#include "sg-scope.h"
#include "sg-test-util.h"

#define REVIEW_DATE "2026-10-01"
#define TODAY       "2026-10-02"

typedef struct
{
  SgTestRegister reg;
  SgRecord      *review;
  char          *pdf;
} Fixture;

/* Text without white space and hyphens: a heading or a sentence that
 * wraps still reads as itself (pdftotext joins "non-" and "conformity"
 * at a line's end). */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the minutes:\n%s", needle, haystack);
}

static void
set_function (SgStore    *store,
              gint64      id,
              const char *function)
{
  SgRecord *person = sg_store_find_by_id (store, SG_TYPE_PERSON, id);

  g_object_set (person, SG_PERSON_FUNCTION, function, NULL);
}

static SgRecord *
add_review (Fixture    *f,
            const char *title,
            const char *date,
            const char *decisions)
{
  gint64 ids[2] = { f->reg.jana, f->reg.mehmet };

  return sg_test_register_add (&f->reg, SG_TYPE_MANAGEMENT_REVIEW,
                               SG_MANAGEMENT_REVIEW_TITLE, title,
                               SG_MANAGEMENT_REVIEW_DATE, date,
                               SG_MANAGEMENT_REVIEW_PARTICIPANTS, sg_links_new (ids, G_N_ELEMENTS (ids)),
                               SG_MANAGEMENT_REVIEW_ATTENDEES, "Dr. Ines Weiss (external adviser)",
                               SG_MANAGEMENT_REVIEW_INPUT_RISK_RESULTS, "Ransomware stays the top risk.",
                               SG_MANAGEMENT_REVIEW_DECISIONS, decisions,
                               SG_MANAGEMENT_REVIEW_CHANGES, "The backup policy now covers laptops.",
                               NULL);
}

static void
add_action (Fixture    *f,
            const char *title,
            gint64      owner,
            const char *due)
{
  sg_test_register_add (&f->reg, SG_TYPE_ACTION,
                        SG_ACTION_TITLE, title,
                        SG_ACTION_SOURCE, SG_ACTION_SOURCE_MANAGEMENT_REVIEW,
                        SG_ACTION_REVIEW, sg_record_get_id (f->review),
                        SG_ACTION_OWNER, owner,
                        SG_ACTION_RAISED_ON, REVIEW_DATE,
                        SG_ACTION_DUE_DATE, due,
                        NULL);
}

static void
add_nonconformity (Fixture    *f,
                   const char *title,
                   const char *raised_on)
{
  sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", title, "raised-on", raised_on, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (&f->reg, "minutes.isms");
  f->pdf = g_build_filename (f->reg.dir, "minutes.pdf", NULL);
  set_function (f->reg.store, f->reg.jana, "ISMS manager");
  set_function (f->reg.store, f->reg.mehmet, "Managing director");
  sg_test_register_add (&f->reg, SG_TYPE_SCOPE, SG_SCOPE_ORGANISATION, "Nordlicht Data GmbH", NULL);
  add_nonconformity (f, "Backup not tested", "2026-03-02");
  add_nonconformity (f, "Visitor log missing", "2026-05-11");
  f->review = add_review (f, "Management review 2026", REVIEW_DATE,
                          "Fund a second data centre line.");
  add_action (f, "Order the second line", f->reg.mehmet, "2026-12-15");
  add_action (f, "Test the restore of the file server", f->reg.jana, "2026-11-30");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->pdf);
  sg_test_register_close (&f->reg);
}

static guint
count_pages (const char *pdf)
{
  g_autofree char *info = sg_test_run_tool ("pdfinfo", pdf, NULL);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  /* A4 portrait, in points as poppler rounds them. */
  assert_contains (info, "Page size:       595.28 x 841.89 pts (A4)");
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static char *
export_text (Fixture    *f,
             const char *ref)
{
  g_autoptr(SgReviewMinutes) minutes = NULL;
  g_autoptr(GError) error = NULL;
  SgRecord *review = sg_review_export_find (f->reg.store, ref, &error);

  g_assert_no_error (error);
  minutes = sg_review_export_take_minutes (f->reg.store, review, TODAY);
  g_assert_true (sg_review_export_minutes (minutes, f->pdf, &error));
  g_assert_no_error (error);
  return sg_test_run_tool ("pdftotext", "-layout", f->pdf, "-", NULL);
}

/* The text between @x and @x + @width points from the left on every
 * page, squeezed: a table's column read whole where its cells wrap. */
static char *
column_text (const char *pdf,
             int         x,
             int         width)
{
  g_autofree char *x_arg = g_strdup_printf ("%d", x);
  g_autofree char *w_arg = g_strdup_printf ("%d", width);
  g_autofree char *text = sg_test_run_tool ("pdftotext", "-r", "72", "-x", x_arg, "-y", "0", "-W", w_arg,
                                            "-H", "842", pdf, "-", NULL);

  return squeeze (text);
}

/* The line of the layout text that holds @needle. */
static char *
line_with (const char *text,
           const char *needle)
{
  const char *at = strstr (text, needle);
  const char *start, *end;

  if (at == NULL)
    g_error ("“%s” is not in the minutes:\n%s", needle, text);
  for (start = at; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (at, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

/* A figure as the minutes print it: what it counts, then its value as
 * the next column of the same line. */
static void
assert_figure (const char           *text,
               const SgReviewFigure *figure)
{
  g_autofree char *what = sg_review_figure_describe (figure);
  g_autofree char *escaped = NULL;
  g_autofree char *pattern = NULL;

  /* What wraps in its column is checked in the squeezed text. */
  if (strlen (what) > 40)
    return;
  escaped = g_regex_escape_string (what, -1);
  pattern = g_strdup_printf ("(?m)%s( \\(target [^)]*\\))?\\s{2,}%.0f(\\s|$)", escaped, figure->value);
  if (!g_regex_match_simple (pattern, text, 0, 0))
    g_error ("figure “%s” does not read %.0f:\n%s", what, figure->value, text);
}

/* Everything the board must find: attendees with their functions, every
 * heading a) to g), figures, notes, decisions, changes, and the actions
 * with owner and due date on their row. */
static void
test_contents (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *column = NULL;
  g_autofree char *row = NULL;
  g_autoptr(SgReviewInputs) inputs = NULL;
  gboolean some_figure = FALSE;

  if (!sg_test_have_program ("pdftotext", "poppler-utils") ||
      !sg_test_have_program ("pdfinfo", "poppler-utils"))
    return;

  text = export_text (f, NULL);
  squeezed = squeeze (text);
  assert_contains (text, "Nordlicht Data GmbH");
  assert_contains (text, "Management review 2026");
  row = line_with (text, "Jana Petersen");
  assert_contains (row, "ISMS manager");
  g_clear_pointer (&row, g_free);
  row = line_with (text, "Mehmet Yilmaz");
  assert_contains (row, "Managing director");
  g_clear_pointer (&row, g_free);
  assert_contains (text, "Dr. Ines Weiss (external adviser)");
  for (guint i = 0; i < SG_REVIEW_INPUT_N_SECTIONS; i++)
    {
      g_autofree char *heading = squeeze (sg_review_input_section_title (i));

      assert_contains (squeezed, heading);
    }
  assert_contains (text, "Ransomware stays the top risk.");
  assert_contains (text, "Fund a second data centre line.");
  assert_contains (text, "The backup policy now covers laptops.");

  row = line_with (text, "Order the second line");
  assert_contains (row, "Mehmet Yilmaz");
  assert_contains (row, "2026-12-15");
  g_clear_pointer (&row, g_free);
  row = line_with (text, "Test the restore of the file server");
  assert_contains (row, "Jana Petersen");
  assert_contains (row, "2026-11-30");
  g_assert_null (strstr (row, "overdue"));
  g_clear_pointer (&row, g_free);
  /* Printed after its due date, an open action says it is overdue. */
  {
    g_autoptr(SgReviewMinutes) later = sg_review_export_take_minutes (f->reg.store, f->review, "2026-12-01");
    g_autoptr(GError) error = NULL;
    g_autofree char *later_pdf = g_strconcat (f->pdf, ".later.pdf", NULL);
    g_autofree char *later_text = NULL;
    g_autofree char *squeezed_later = NULL;

    g_assert_true (sg_review_export_minutes (later, later_pdf, &error));
    g_assert_no_error (error);
    later_text = sg_test_run_tool ("pdftotext", "-layout", later_pdf, "-", NULL);
    g_unlink (later_pdf);
    /* The status column wraps "Open, overdue": read the row squeezed. */
    squeezed_later = squeeze (later_text);
    assert_contains (squeezed_later, "JanaPetersen20261130Open,overdue");
    g_assert_null (strstr (squeezed_later, "20261215Open,overdue"));
  }

  /* The figures the register gives, by what they count and their value. */
  inputs = sg_review_inputs_compute (f->reg.store, f->review, TODAY);
  /* The figures' first column: 50 pt from the left, 275 wide. */
  column = column_text (f->pdf, 50, 275);
  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    {
      const SgReviewFigure *figure = sg_review_inputs_get_figure (inputs, i);
      g_autofree char *described = sg_review_figure_describe (figure);
      g_autofree char *what = squeeze (described);

      assert_contains (column, what);
      assert_figure (text, figure);
      some_figure |= figure->value >= 2;
    }
  /* Two nonconformities were opened: some figure counts them. */
  g_assert_true (some_figure);

  /* Not held: a draft, on every page. */
  assert_contains (text, "Planned, not held yet");
  assert_contains (text, "draft: not held yet");
  assert_contains (text, "Page 1 of ");
}

/* A review of many actions and a long decision runs over several pages;
 * every word of the decision is printed, none lost at a line or a page
 * break, and every page says which it is. */
static void
test_long_review (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) decision = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *titles = NULL;
  guint n_pages;

  if (!sg_test_have_program ("pdftotext", "poppler-utils") ||
      !sg_test_have_program ("pdfinfo", "poppler-utils"))
    return;

  for (guint i = 0; i < 900; i++)
    g_string_append_printf (decision, "%sword%04u", i % 13 == 12 ? "\n" : " ", i);
  g_object_set (f->review, SG_MANAGEMENT_REVIEW_DECISIONS, decision->str, NULL);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Follow-up task number %u of the review", i);

      add_action (f, title, i % 2 ? f->reg.jana : f->reg.mehmet, "2027-01-31");
    }

  text = export_text (f, sg_record_get_ref (f->review));
  /* The actions' second column: 102 pt from the left, 183 wide. */
  titles = column_text (f->pdf, 102, 183);
  for (guint i = 0; i < 900; i++)
    {
      g_autofree char *word = g_strdup_printf ("word%04u", i);

      assert_contains (text, word);
    }
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Followuptasknumber%uofthereview", i);

      assert_contains (titles, title);
    }
  n_pages = count_pages (f->pdf);
  g_assert_cmpuint (n_pages, >, 2);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autofree char *one = sg_test_run_tool ("pdftotext", "-f", number, "-l", number, f->pdf, "-", NULL);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page, n_pages);

      assert_contains (one, footer);
      assert_contains (one, "Management review 2026");
    }
}

/* Held, the review prints the figures frozen then, not what the register
 * says after it changed; and it is no draft. */
static void
test_held_is_frozen (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SgReviewInputs) frozen = NULL;
  g_autoptr(SgReviewInputs) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean changed = FALSE;

  if (!sg_test_have_program ("pdftotext", "poppler-utils"))
    return;

  g_assert_true (sg_review_inputs_hold (f->reg.store, f->review, TODAY, &error));
  g_assert_no_error (error);
  frozen = sg_review_inputs_from_review (f->review, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Found after the review %u", i);

      add_nonconformity (f, title, "2026-09-20");
    }
  now = sg_review_inputs_compute (f->reg.store, f->review, TODAY);
  /* The register did change what a fresh count gives. */
  for (guint i = 0; i < sg_review_inputs_get_n_figures (now); i++)
    {
      const SgReviewFigure *fresh = sg_review_inputs_get_figure (now, i);

      for (guint j = 0; j < sg_review_inputs_get_n_figures (frozen); j++)
        {
          const SgReviewFigure *old = sg_review_inputs_get_figure (frozen, j);

          if (g_strcmp0 (old->key, fresh->key) == 0 && g_strcmp0 (old->subject, fresh->subject) == 0 &&
              fabs (old->value - fresh->value) > 0.5)
            changed = TRUE;
        }
    }
  g_assert_true (changed);

  text = export_text (f, NULL);
  for (guint i = 0; i < sg_review_inputs_get_n_figures (frozen); i++)
    assert_figure (text, sg_review_inputs_get_figure (frozen, i));
  g_assert_null (strstr (text, "not held yet"));
  assert_contains (text, "Management review 2026, 2026-10-01");
}

/* After a held review, each figure prints its value then and the trend
 * in words on its row. */
static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SgRecord *older = add_review (f, "Management review 2025", "2025-10-02", "Keep the old backup line.");
  guint n_compared = 0, n_changed = 0;

  if (!sg_test_have_program ("pdftotext", "poppler-utils"))
    return;

  g_assert_true (sg_review_inputs_hold (f->reg.store, older, "2025-10-02", &error));
  g_assert_no_error (error);
  add_nonconformity (f, "Laptop stolen", "2026-06-01");

  text = export_text (f, sg_record_get_ref (f->review));
  inputs = sg_review_inputs_compute (f->reg.store, f->review, TODAY);
  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    {
      const SgReviewFigure *figure = sg_review_inputs_get_figure (inputs, i);
      g_autofree char *what = sg_review_figure_describe (figure);
      g_autofree char *line = NULL;
      g_autofree char *trend = NULL;
      double change = figure->value - figure->previous;

      if (isnan (figure->previous) || isnan (figure->value) || strlen (what) > 40)
        continue;
      n_compared++;
      if (fabs (change) < 1e-9)
        trend = g_strdup ("No change");
      else
        {
          trend = g_strdup_printf ("%s by %.0f", change > 0 ? "Up" : "Down", fabs (change));
          n_changed++;
        }
      line = line_with (text, what);
      assert_contains (line, trend);
    }
  /* The older review gave figures to compare with, and some changed. */
  g_assert_cmpuint (n_compared, >, 5);
  g_assert_cmpuint (n_changed, >, 0);
}

/* The command line: the newest review by default, another by --review;
 * an unknown ref says so, fails and writes nothing. */
static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *arg = g_strdup_printf ("--export-review=%s", f->pdf);
  g_autofree char *text = NULL;
  g_autofree char *older_arg = NULL;
  SgTestRun run = { 0 };

  if (!sg_test_have_program ("pdftotext", "poppler-utils"))
    return;

  older_arg = g_strdup_printf ("--review=%s",
                               sg_record_get_ref (add_review (f, "Management review 2025", "2025-10-02",
                                                              "Keep the old backup line.")));
  g_clear_object (&f->reg.store);

  sg_test_run_safeguard (&run, arg, "--review=MR-099", f->reg.path, NULL);
  g_assert_cmpint (run.status, !=, 0);
  assert_contains (run.err, "MR-099");
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (sg_test_count_files (f->reg.dir), ==, 1);
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, arg, f->reg.path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = sg_test_run_tool ("pdftotext", f->pdf, "-", NULL);
  assert_contains (text, "Fund a second data centre line.");
  g_assert_null (strstr (text, "Keep the old backup line."));
  g_clear_pointer (&text, g_free);
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, arg, older_arg, f->reg.path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = sg_test_run_tool ("pdftotext", f->pdf, "-", NULL);
  assert_contains (text, "Keep the old backup line.");
  sg_test_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/review-minutes/contents", Fixture, NULL, fixture_set_up, test_contents, fixture_tear_down);
  g_test_add ("/review-minutes/long", Fixture, NULL, fixture_set_up, test_long_review, fixture_tear_down);
  g_test_add ("/review-minutes/held-is-frozen", Fixture, NULL, fixture_set_up, test_held_is_frozen,
              fixture_tear_down);
  g_test_add ("/review-minutes/trend", Fixture, NULL, fixture_set_up, test_trend, fixture_tear_down);
  g_test_add ("/review-minutes/command-line", Fixture, NULL, fixture_set_up, test_command_line,
              fixture_tear_down);
  return g_test_run ();
}
