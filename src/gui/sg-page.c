/* sg-page.c: what every page of the window shares — the way back to a folded sidebar
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-page"

#include "config.h"

#include "sg-page.h"

typedef struct
{
  gboolean sidebar_folded;
} SgPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SgPage, sg_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SIDEBAR_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
sg_page_get_sidebar_folded (SgPage *self)
{
  SgPagePrivate *priv = sg_page_get_instance_private (self);

  g_return_val_if_fail (SG_IS_PAGE (self), FALSE);

  return priv->sidebar_folded;
}

void
sg_page_set_sidebar_folded (SgPage   *self,
                            gboolean  folded)
{
  SgPagePrivate *priv = sg_page_get_instance_private (self);

  g_return_if_fail (SG_IS_PAGE (self));

  folded = !!folded;
  if (priv->sidebar_folded == folded)
    return;
  priv->sidebar_folded = folded;
  if (SG_PAGE_GET_CLASS (self)->sidebar_folded_changed != NULL)
    SG_PAGE_GET_CLASS (self)->sidebar_folded_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_FOLDED]);
}

static void
sg_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SIDEBAR_FOLDED:
      g_value_set_boolean (value, sg_page_get_sidebar_folded (SG_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SIDEBAR_FOLDED:
      sg_page_set_sidebar_folded (SG_PAGE (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_page_class_init (SgPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sg_page_get_property;
  object_class->set_property = sg_page_set_property;

  properties[PROP_SIDEBAR_FOLDED] =
    g_param_spec_boolean ("sidebar-folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sg_page_init (SgPage *self)
{
}
