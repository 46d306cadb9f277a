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

/* NULL is one byte 0; a text is 1, its length in four bytes (big-endian)
 * and its bytes. */
static void
add_text (struct sha256_ctx *sum,
          const char        *text)
{
  guint8 head[5] = { 0 };
  gsize len;

  if (text == NULL)
    {
      sha256_update (sum, 1, head);
      return;
    }
  len = strlen (text);
  head[0] = 1;
  head[1] = (len >> 24) & 0xff;
  head[2] = (len >> 16) & 0xff;
  head[3] = (len >> 8) & 0xff;
  head[4] = len & 0xff;
  sha256_update (sum, sizeof head, head);
  sha256_update (sum, len, (const guint8 *) text);
}

/* The digest in lower-case hex, as GChecksum wrote it before: every
 * stored hash stays valid. */
static char *
digest_hex (struct sha256_ctx *sum)
{
  static const char hex[] = "0123456789abcdef";
  guint8 digest[SHA256_DIGEST_SIZE];
  char *out = g_malloc (2 * SHA256_DIGEST_SIZE + 1);

  sha256_digest (sum, sizeof digest, digest);
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
  struct sha256_ctx sum;
  char id[24];

  g_return_val_if_fail (row != NULL, NULL);

  if (prev == NULL || !sg_history_hash_is_valid (prev))
    prev = sg_history_chain_genesis;
  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, row->record_id);

  sha256_init (&sum);
  sha256_update (&sum, 4, (const guint8 *) "SGH1");
  sha256_update (&sum, SG_HISTORY_HASH_LEN, (const guint8 *) prev);
  add_text (&sum, row->table);
  add_text (&sum, id);
  add_text (&sum, row->record_ref);
  add_text (&sum, sg_history_action_name (row->action));
  add_text (&sum, row->field);
  add_text (&sum, row->old_value);
  add_text (&sum, row->new_value);
  add_text (&sum, row->changed_at);
  add_text (&sum, row->changed_by);
  add_text (&sum, row->state);
  return digest_hex (&sum);
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
static char *
links_text (GVariant *links)
{
  gsize n = 0;
  const gint64 *ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  g_autofree gint64 *sorted = g_memdup2 (ids, n * sizeof (gint64));
  GString *text = g_string_new (NULL);

  qsort (sorted, n, sizeof (gint64), compare_ids);
  for (gsize i = 0; i < n; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? "," : "", sorted[i]);
  return g_string_free (text, FALSE);
}

/* An empty link set is the default, whether a record never had one or
 * lost its last link. */
static gboolean
is_default (GParamSpec   *pspec,
            const GValue *value)
{
  if (G_VALUE_HOLDS_VARIANT (value))
    return g_value_get_variant (value) == NULL || g_variant_n_children (g_value_get_variant (value)) == 0;
  return g_param_value_defaults (pspec, (GValue *) value);
}

/* The value as text: a string itself, anything else written into
 * @buffer, or into @owned (a link set). */
static const char *
value_text (const GValue  *value,
            char          *buffer,
            gsize          size,
            char         **owned)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_value_get_string (value);
  if (type == G_TYPE_INT)
    g_snprintf (buffer, size, "%d", g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    g_snprintf (buffer, size, "%d", g_value_get_boolean (value) ? 1 : 0);
  else if (type == G_TYPE_INT64)
    g_snprintf (buffer, size, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
  else if (type == G_TYPE_DOUBLE)
    g_ascii_dtostr (buffer, size, g_value_get_double (value));
  else if (type == G_TYPE_VARIANT)
    return *owned = links_text (g_value_get_variant (value));
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = g_type_class_peek (type);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));

      return ev ? ev->value_nick : "";
    }
  else
    g_return_val_if_reached ("");
  return buffer;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  GParamSpec **pspecs = data;

  return strcmp (pspecs[*(const guint *) a]->name, pspecs[*(const guint *) b]->name);
}

char *
sg_history_state_digest (GParamSpec    **pspecs,
                         const GValue  **values,
                         guint           n)
{
  struct sha256_ctx sum;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  guint n_order = 0;

  for (guint i = 0; i < n; i++)
    if (sg_history_state_covers (pspecs[i]) && !is_default (pspecs[i], values[i]))
      order[n_order++] = i;
  /* By name: a field added with its default, or moved in its class,
   * leaves every state as it was. */
  g_qsort_with_data (order, n_order, sizeof (guint), compare_names, pspecs);

  sha256_init (&sum);
  sha256_update (&sum, 4, (const guint8 *) "SGS1");
  for (guint i = 0; i < n_order; i++)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *owned = NULL;

      add_text (&sum, pspecs[order[i]]->name);
      add_text (&sum, value_text (values[order[i]], buffer, sizeof buffer, &owned));
    }
  return digest_hex (&sum);
}
