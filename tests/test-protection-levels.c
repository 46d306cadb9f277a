/* test-protection-levels.c: the asset's protection levels named the register's own way — lists and the workbook
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "sg-asset.h"
#include "sg-field-codec.h"
#include "sg-protection-level.h"
#include "sg-protection-levels.h"
#include "sg-test-util.h"
#include "sg-xlsx.h"

/* The "Confidentiality need" column of the workbook's Assets sheet, one
 * cell a line, as openpyxl reads it. */
static const char read_needs[] =
  "import sys, openpyxl\n"
  "ws = openpyxl.load_workbook(sys.argv[1])['Assets']\n"
  "head = [c.value for c in ws[1]]\n"
  "col = head.index('Confidentiality need')\n"
  "for row in ws.iter_rows(min_row=2, values_only=True):\n"
  "    print(row[col])\n";

static char *
export_needs (SgTestRegister *reg)
{
  g_autofree char *out = g_build_filename (reg->dir, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  char *needs;

  /* What the window's export writes, as the auditor receives it. */
  g_assert_true (sg_xlsx_export (reg->store, out, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  needs = sg_test_run_tool ("/usr/bin/python3", "-c", read_needs, out, NULL);
  g_unlink (out);
  return needs;
}

static char *
format_need (SgTestRegister *reg,
             SgRecord       *asset)
{
  GParamSpec *need = sg_record_class_find_field (SG_RECORD_GET_CLASS (asset), "confidentiality");

  return sg_field_format (need, sg_record_peek_value (asset, need), SG_FIELD_USE_DISPLAY,
                          sg_store_get_field_resolver (reg->store));
}

/* Untouched, a register has no level rows and reads the built-in words;
 * a label edited reads everywhere, the description beside it; clearing
 * it brings the built-in word back. */
static void
test_protection_levels (void)
{
  SgTestRegister reg;
  SgRecord *payroll, *canteen;
  g_autoptr(GError) error = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *shown = NULL;

  sg_test_register_open (&reg, "levels.isms");
  payroll = sg_test_register_add (&reg, SG_TYPE_ASSET, "name", "Payroll data", "confidentiality", 3, NULL);
  canteen = sg_test_register_add (&reg, SG_TYPE_ASSET, "name", "Canteen menu", "confidentiality", 1, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (reg.store, SG_TYPE_PROTECTION_LEVEL)), ==, 0);
  g_assert_cmpstr (sg_protection_levels_get_label (reg.store, 2), ==, "High");
  shown = format_need (&reg, payroll);
  g_assert_cmpstr (shown, ==, "3 – Very high");
  g_clear_pointer (&shown, g_free);
  if (sg_test_have_python_module ("openpyxl", "python3-openpyxl"))
    {
      needs = export_needs (&reg);
      g_assert_cmpstr (needs, ==, "3 – Very high\n1 – Normal\n");
      g_clear_pointer (&needs, g_free);
    }

  g_assert_true (sg_protection_levels_set (reg.store, 3, SG_PROTECTION_LEVEL_LABEL, "Strictly confidential", &error));
  g_assert_no_error (error);
  g_assert_true (sg_protection_levels_set (reg.store, 3, SG_PROTECTION_LEVEL_DESCRIPTION,
                                           "Only the named people may see it.", &error));
  g_assert_no_error (error);
  /* One row, for the one level edited. */
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (reg.store, SG_TYPE_PROTECTION_LEVEL)), ==, 1);
  g_assert_cmpstr (sg_protection_levels_get_description (reg.store, 3), ==, "Only the named people may see it.");
  shown = format_need (&reg, payroll);
  g_assert_cmpstr (shown, ==, "3 – Strictly confidential");
  g_clear_pointer (&shown, g_free);
  shown = format_need (&reg, canteen);
  g_assert_cmpstr (shown, ==, "1 – Normal");
  g_clear_pointer (&shown, g_free);
  if (sg_test_have_python_module ("openpyxl", "python3-openpyxl"))
    {
      needs = export_needs (&reg);
      g_assert_cmpstr (needs, ==, "3 – Strictly confidential\n1 – Normal\n");
      g_clear_pointer (&needs, g_free);
    }

  g_assert_true (sg_protection_levels_set (reg.store, 3, SG_PROTECTION_LEVEL_LABEL, "", &error));
  shown = format_need (&reg, payroll);
  g_assert_cmpstr (shown, ==, "3 – Very high");

  sg_test_register_close (&reg);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/protection-levels/labels", test_protection_levels);
  return g_test_run ();
}
