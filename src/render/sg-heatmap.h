/* sg-heatmap.h: the risk heat map drawn with Cairo and Pango, for every surface
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sg-store.h"

G_BEGIN_DECLS

typedef enum
{
  SG_HEATMAP_MODE_INHERENT,
  SG_HEATMAP_MODE_RESIDUAL,
  SG_HEATMAP_MODE_MOVEMENT,  /* residual counts, arrows from inherent cells */
} SgHeatmapMode;

typedef struct
{
  char     *name;
  char     *colour;            /* "#rrggbb" */
  gboolean  within_appetite;
} SgHeatmapLevel;

/* Cells are indexed by sg_heatmap_data_cell_index(); likelihood and impact
 * run from 1 to n_likelihood and n_impact. Strings are ready to show. */
typedef struct
{
  SgHeatmapMode   mode;
  guint           n_likelihood;
  guint           n_impact;
  char          **cell_colour;       /* per cell, NULL when the cell has no level */
  char          **cell_level;        /* per cell, the level's name or NULL */
  guint          *inherent_counts;   /* per cell */
  guint          *residual_counts;   /* per cell */
  guint          *moves;             /* [from * n_cells + to]: risks moving between cells */
  char          **likelihood_labels; /* n_likelihood, lowest first */
  char          **impact_labels;     /* n_impact, lowest first */
  guint           n_levels;
  SgHeatmapLevel *levels;            /* lowest rank first */
  char           *title;
  char           *date;
  guint           n_rated;           /* risks counted in the mode's cells */
  double          text_scale;        /* 0 or 1: normal; larger for a projector */
} SgHeatmapData;

/* An empty matrix of the given size, for callers that fill it themselves. */
SgHeatmapData *sg_heatmap_data_new            (SgHeatmapMode  mode,
                                               guint          n_likelihood,
                                               guint          n_impact,
                                               guint          n_levels);
/* Counts the rated risks of @store per cell; @title NULL gives the mode's
 * default title. The date is today's. */
SgHeatmapData *sg_heatmap_data_new_from_store (SgStore       *store,
                                               SgHeatmapMode  mode,
                                               const char    *title);

/* Whether a risk is counted: for maps of a category, an owner, a status. */
typedef gboolean (*SgHeatmapRiskFilter) (SgRecord *risk,
                                         gpointer  user_data);

/* As sg_heatmap_data_new_from_store(), counting only the risks @filter
 * accepts (all when it is NULL). */
SgHeatmapData *sg_heatmap_data_new_filtered   (SgStore             *store,
                                               SgHeatmapMode        mode,
                                               const char          *title,
                                               SgHeatmapRiskFilter  filter,
                                               gpointer             user_data);
/* The cell a risk sits in for @mode (residual in movement mode); FALSE
 * when it is not rated there. */
gboolean       sg_heatmap_risk_get_cell       (SgRiskMethod        *method,
                                               SgRecord            *risk,
                                               SgHeatmapMode        mode,
                                               int                 *likelihood,
                                               int                 *impact);
void           sg_heatmap_data_free           (SgHeatmapData *data);
guint          sg_heatmap_data_cell_index     (const SgHeatmapData *data,
                                               int            likelihood,
                                               int            impact);
/* What a cell shows: residual counts in residual and movement mode. */
guint          sg_heatmap_data_get_count      (const SgHeatmapData *data,
                                               int            likelihood,
                                               int            impact);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgHeatmapData, sg_heatmap_data_free)

void           sg_heatmap_draw                (cairo_t       *cr,
                                               double         width,
                                               double         height,
                                               const SgHeatmapData *data);
/* Where sg_heatmap_draw() puts a cell at this size: for hit testing. */
void           sg_heatmap_get_cell_rect       (double         width,
                                               double         height,
                                               const SgHeatmapData *data,
                                               int            likelihood,
                                               int            impact,
                                               cairo_rectangle_t *rect);

G_END_DECLS
