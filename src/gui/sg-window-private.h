/* sg-window-private.h: what the window's files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-backup-scheduler.h"
#include "sg-window.h"

G_BEGIN_DECLS

/* What a file chooser's file is for (sg-window-actions.c). */
typedef void (*SgWindowFileFunc) (SgWindow *self,
                                  GFile    *file);

struct _SgWindow
{
  AdwApplicationWindow  parent_instance;

  GtkWidget            *toast_overlay;
  GtkWidget            *main_stack;
  GtkWidget            *welcome_page;
  GtkWidget            *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_header;
  GtkWidget            *register_title;
  GtkWidget            *sidebar_list;
  GtkWidget            *content;      /* the leaflet's page: page_stack and read_only_bar */
  GtkWidget            *page_stack;
  GtkWidget            *read_only_bar;
  GtkWidget            *read_only_label;
  GMenu                *import_section;  /* the primary menu's "Import …" */

  SgStore              *store;
  GSettings            *settings;
  GtkNativeDialog      *chooser;
  SgWindowFileFunc      chooser_done;  /* called with @chooser's file */
  GCancellable         *example_cancellable;
  GFile                *import_source;  /* a spreadsheet waiting for its new register */
  GtkWidget            *people_header;  /* weak: above the People list */
  SgHistoryCheck       *chain_check;    /* while read-only for a broken chain */
  SgBackupScheduler    *backups;        /* NULL for a register opened read-only */
  guint                 soa_export_version;  /* while its chooser is open; 0: the draft */
  char                 *review_export_ref;   /* while its chooser is open */
  GType                 import_kind;         /* while its chooser or dialog is open */
};

/* sg-window-actions.c: opening, creating, exporting, importing, shortcuts */
void  sg_window_class_init_actions  (GtkWidgetClass *widget_class);
SgWindow *sg_window_import_into_new (SgWindow     *self,
                                     GFile        *spreadsheet,
                                     GFile        *register_file);
void  sg_window_import_csv_file     (SgWindow       *self,
                                     GFile          *file);
/* Opens the import dialog for @file into records of @kind. */
void  sg_window_import_file         (SgWindow       *self,
                                     GType           kind,
                                     GFile          *file);
/* What an import did, for the toast: "Assets: 40 created", "Controls: 2 updated". */
char *sg_window_format_imported     (GType           kind,
                                     guint           n_created,
                                     guint           n_updated);
/* The kind of the page shown, when it is one to import into, else risks. */
GType sg_window_get_import_kind     (SgWindow       *self);
/* The primary menu's "Import …" names the kind of the page shown. */
void  sg_window_update_import_item  (SgWindow       *self);
/* Shows @chooser; @done gets its file, unless it is cancelled. */
void  sg_window_run_chooser         (SgWindow             *self,
                                     GtkFileChooserNative *chooser,
                                     SgWindowFileFunc      done);
/* Asks where to save a PDF document, suggesting @suggested; @done gets
 * the file, its name ending in ".pdf". */
void  sg_window_choose_pdf          (SgWindow             *self,
                                     const char           *title,
                                     const char           *suggested,
                                     SgWindowFileFunc      done);
/* @file itself when its name ends in @suffix (".xlsx", any case), else
 * the file beside it with @suffix added. */
GFile *sg_window_file_with_suffix   (GFile                *file,
                                     const char           *suffix);

/* sg-window-copies.c: Save a Copy, frozen copies, backups and restoring */
void  sg_window_class_init_copies   (GtkWidgetClass *widget_class);
void  sg_window_copies_set_store    (SgWindow       *self);
void  sg_window_copies_dispose      (SgWindow       *self);
/* sg-window-soa.c: issuing the Statement of Applicability, its versions, its PDF */
void  sg_window_class_init_soa      (GtkWidgetClass *widget_class);
void  sg_window_soa_set_enabled     (SgWindow       *self,
                                     gboolean        enabled);
/* Writes issued version @number (0: the draft) to @file in a thread. */
void  sg_window_export_soa_file     (SgWindow       *self,
                                     guint           number,
                                     GFile          *file);

/* sg-window-review.c: a management review's minutes as a PDF */
void  sg_window_class_init_review   (GtkWidgetClass *widget_class);
/* Writes the minutes of the review of @ref to @file in a thread. */
void  sg_window_export_review_file  (SgWindow       *self,
                                     const char     *ref,
                                     GFile          *file);

/* sg-window-people.c: who may be listed twice, "My Responsibilities" */
void  sg_window_class_init_people   (GtkWidgetClass *widget_class);
void  sg_window_people_add_header   (SgWindow       *self,
                                     GtkWidget      *page);
void  sg_window_people_update_header (SgWindow      *self);
guint sg_window_people_count_near_duplicates (SgWindow *self);

/* sg-window-chain.c: a register whose history was changed outside
 * Safeguard opens read-only until the user continues */
void  sg_window_class_init_chain    (GtkWidgetClass *widget_class);
void  sg_window_check_chain         (SgWindow       *self);

/* sg-window-dnd.c: files dropped on the window */
void  sg_window_init_dnd            (SgWindow       *self);

/* Writes @data to @file's path with @write in a thread, then shows a
 * toast saying @done_title or an error under @error_heading (both
 * translated strings that outlive the job); @free_data frees @data. */
typedef gboolean (*SgWindowWriteFunc) (gconstpointer   data,
                                       const char     *path,
                                       GError        **error);
void  sg_window_write_in_thread     (SgWindow          *self,
                                     GFile             *file,
                                     SgWindowWriteFunc  write,
                                     gpointer           data,
                                     GDestroyNotify     free_data,
                                     const char        *error_heading,
                                     const char        *done_title);

/* A toast saying @title, whose Open button shows @file with the desktop's
 * application for it. */
void  sg_window_toast_exported      (SgWindow       *self,
                                     const char     *title,
                                     GFile          *file);

G_END_DECLS
