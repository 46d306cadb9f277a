/* sg-history-chain.c: how a history entry and a record's state are hashed
 *
 * Every field is length-prefixed, so no two different entries encode to
 * the same bytes; the encoding is written down in HACKING.md, so that
 * anyone can recompute a register's chain with a SQLite shell and a
 * SHA-256 tool.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <nettle/sha2.h>

#include "sg-field.h"
#include "sg-history-chain.h"
#include "sg-record.h"

const char sg_history_chain_genesis[SG_HISTORY_HASH_LEN + 1] =
  "0000000000000000000000000000000000000000000000000000000000000000";

static const char * const action_names[] = { "create", "change", "delete", "restore", "chain" };

G_STATIC_ASSERT (G_N_ELEMENTS (action_names) == SG_HISTORY_CHAIN + 1);

const char *
sg_history_action_name (SgHistoryAction action)
{
  g_return_val_if_fail ((guint) action < G_N_ELEMENTS (action_names), NULL);

  return action_names[action];
}

gboolean
sg_history_action_parse (const char      *name,
                         SgHistoryAction *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    if (g_strcmp0 (name, action_names[i]) == 0)
      {
        *action = i;
        return TRUE;
      }
  return FALSE;
}

/* What is hashed is gathered first and hashed in one go: a state has
 * two texts per field, and each small update costs as much as the bytes.
 * NULL is one byte 0; a text is 1, its length in four bytes (big-endian)
 * and its bytes. */
static gsize
begin_text (GString *out)
{
  gsize at = out->len;

  g_string_append_len (out, "\1\0\0\0\0", 5);
  return at;
}

static void
end_text (GString *out,
          gsize    at)
{
  gsize len = out->len - at - 5;

  out->str[at + 1] = (len >> 24) & 0xff;
  out->str[at + 2] = (len >> 16) & 0xff;
  out->str[at + 3] = (len >> 8) & 0xff;
  out->str[at + 4] = len & 0xff;
}

static void
put_text (GString    *out,
          const char *text)
{
  gsize at;

  if (text == NULL)
    {
      g_string_append_c (out, '\0');
      return;
    }
  at = begin_text (out);
  g_string_append (out, text);
  end_text (out, at);
}

/* As "%" G_GINT64_FORMAT writes it, without printf's cost. */
static void
append_int64 (GString *out,
              gint64   number)
{
  char digits[24];
  guint64 magnitude = number < 0 ? -(guint64) number : (guint64) number;
  guint n = 0;

  do
    digits[n++] = '0' + magnitude % 10;
  while ((magnitude /= 10) != 0);
  if (number < 0)
    g_string_append_c (out, '-');
  while (n > 0)
    g_string_append_c (out, digits[--n]);
}

/* The digest in lower-case hex, as GChecksum wrote it before: every
 * stored hash stays valid. */
static char *
digest_hex (GString *bytes)
{
  static const char hex[] = "0123456789abcdef";
  struct sha256_ctx sum;
  guint8 digest[SHA256_DIGEST_SIZE];
  char *out = g_malloc (2 * SHA256_DIGEST_SIZE + 1);

  sha256_init (&sum);
  sha256_update (&sum, bytes->len, (const guint8 *) bytes->str);
  sha256_digest (&sum, sizeof digest, digest);
  for (guint i = 0; i < SHA256_DIGEST_SIZE; i++)
    {
      out[2 * i] = hex[digest[i] >> 4];
      out[2 * i + 1] = hex[digest[i] & 0xf];
    }
  out[2 * SHA256_DIGEST_SIZE] = '\0';
  return out;
}

char *
sg_history_chain_link (const char              *prev,
                       const SgStoreHistoryRow *row)
{
  g_autoptr(GString) out = g_string_sized_new (256);
  gsize at;

  g_return_val_if_fail (row != NULL, NULL);

  if (prev == NULL || !sg_history_hash_is_valid (prev))
    prev = sg_history_chain_genesis;

  g_string_append_len (out, "SGH1", 4);
  g_string_append_len (out, prev, SG_HISTORY_HASH_LEN);
  put_text (out, row->table);
  at = begin_text (out);
  append_int64 (out, row->record_id);
  end_text (out, at);
  put_text (out, row->record_ref);
  put_text (out, sg_history_action_name (row->action));
  put_text (out, row->field);
  put_text (out, row->old_value);
  put_text (out, row->new_value);
  put_text (out, row->changed_at);
  put_text (out, row->changed_by);
  put_text (out, row->state);
  return digest_hex (out);
}

gboolean
sg_history_hash_is_valid (const char *hash)
{
  return hash != NULL && strspn (hash, "0123456789abcdef") == SG_HISTORY_HASH_LEN &&
         hash[SG_HISTORY_HASH_LEN] == '\0';
}

gboolean
sg_history_state_covers (GParamSpec *pspec)
{
  return !g_str_equal (pspec->name, "id") && !g_str_equal (pspec->name, "updated");
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* A link set as its ids, ascending, comma-separated. */
static void
append_links (GString  *out,
              GVariant *links)
{
  gsize n = 0;
  const gint64 *ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  g_autofree gint64 *sorted = g_memdup2 (ids, n * sizeof (gint64));

  qsort (sorted, n, sizeof (gint64), compare_ids);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_int64 (out, sorted[i]);
    }
}

/* Whether @value is @pspec's default; an empty link set is the default,
 * whether a record never had one or lost its last link. The common
 * types are compared here, as g_param_values_cmp() would, without the
 * default value it builds for every call. */
static gboolean
is_default (GParamSpec   *pspec,
            const GValue *value)
{
  GType type = G_PARAM_SPEC_TYPE (pspec);

  if (G_VALUE_HOLDS_VARIANT (value))
    return g_value_get_variant (value) == NULL || g_variant_n_children (g_value_get_variant (value)) == 0;
  if (type == G_TYPE_PARAM_STRING)
    return g_strcmp0 (g_value_get_string (value), G_PARAM_SPEC_STRING (pspec)->default_value) == 0;
  if (type == G_TYPE_PARAM_INT)
    return g_value_get_int (value) == G_PARAM_SPEC_INT (pspec)->default_value;
  if (type == G_TYPE_PARAM_INT64)
    return g_value_get_int64 (value) == G_PARAM_SPEC_INT64 (pspec)->default_value;
  if (type == G_TYPE_PARAM_BOOLEAN)
    return !g_value_get_boolean (value) == !G_PARAM_SPEC_BOOLEAN (pspec)->default_value;
  if (type == G_TYPE_PARAM_ENUM)
    return g_value_get_enum (value) == G_PARAM_SPEC_ENUM (pspec)->default_value;
  return g_param_value_defaults (pspec, (GValue *) value);
}

/* The value as a text: NULL for a string that is NULL. */
static void
put_value (GString      *out,
           const GValue *value)
{
  GType type = G_VALUE_TYPE (value);
  gsize at;

  if (type == G_TYPE_STRING)
    {
      put_text (out, g_value_get_string (value));
      return;
    }
  at = begin_text (out);
  if (type == G_TYPE_INT)
    append_int64 (out, g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append_c (out, g_value_get_boolean (value) ? '1' : '0');
  else if (type == G_TYPE_INT64)
    append_int64 (out, g_value_get_int64 (value));
  else if (type == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, g_value_get_double (value)));
    }
  else if (type == G_TYPE_VARIANT)
    append_links (out, g_value_get_variant (value));
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = g_type_class_peek (type);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));

      if (ev != NULL)
        g_string_append (out, ev->value_nick);
    }
  else
    g_warn_if_reached ();
  end_text (out, at);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(GParamSpec * const *) a)->name, (*(GParamSpec * const *) b)->name);
}

GPtrArray *
sg_history_state_fields (GParamSpec **pspecs,
                         guint        n)
{
  GPtrArray *fields = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    if (sg_history_state_covers (pspecs[i]))
      g_ptr_array_add (fields, pspecs[i]);
  /* By name: a field added with its default, or moved in its class,
   * leaves every state as it was. */
  g_ptr_array_sort (fields, compare_names);
  return fields;
}

char *
sg_history_state_digest_fields (GParamSpec    **fields,
                                const GValue  **values,
                                guint           n)
{
  g_autoptr(GString) out = g_string_sized_new (1024);

  g_string_append_len (out, "SGS1", 4);
  for (guint i = 0; i < n; i++)
    if (!is_default (fields[i], values[i]))
      {
        put_text (out, fields[i]->name);
        put_value (out, values[i]);
      }
  return digest_hex (out);
}

char *
sg_history_state_digest (GParamSpec    **pspecs,
                         const GValue  **values,
                         guint           n)
{
  g_autoptr(GPtrArray) fields = sg_history_state_fields (pspecs, n);
  g_autofree const GValue **ordered = g_new (const GValue *, MAX (fields->len, 1));

  for (guint f = 0; f < fields->len; f++)
    for (guint i = 0; i < n; i++)
      if (pspecs[i] == g_ptr_array_index (fields, f))
        ordered[f] = values[i];
  return sg_history_state_digest_fields ((GParamSpec **) fields->pdata, ordered, fields->len);
}
