-- schema-1.sql: the register's schema, version 1
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- One table per record kind, named by SgRecordClass.table; one column per
-- stored field (property name with '-' -> '_'); link fields are tables
-- <table>_<field>(record_id, target_id). References of value 0 are stored
-- as NULL. tests/test-schema.c checks this file against the classes.
--
-- Enumerations are checked with OR chains, not IN lists: SQLite builds a
-- temporary table for an IN list of more than two values on every INSERT,
-- which cost a third of the time of adding a risk.

CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  record_table TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  record_ref TEXT,
  action TEXT NOT NULL CHECK (action = 'create' OR action = 'change' OR action = 'delete' OR action = 'restore'),
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
);
CREATE INDEX history_by_record ON history (record_table, record_id);

-- The risk method (6.1.2 a): scales, levels and the matrix.
CREATE TABLE scale_level (
  id INTEGER PRIMARY KEY,
  ref TEXT,
  axis TEXT NOT NULL DEFAULT 'likelihood'
    CHECK (axis IN ('likelihood', 'impact')),
  value INTEGER NOT NULL DEFAULT 1 CHECK (value BETWEEN 1 AND 10),
  label TEXT,
  description TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  UNIQUE (axis, value)
);

CREATE TABLE risk_level (
  id INTEGER PRIMARY KEY,
  ref TEXT,
  name TEXT,
  colour TEXT NOT NULL DEFAULT '#888888' CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
  within_appetite INTEGER NOT NULL DEFAULT 0 CHECK (within_appetite IN (0, 1)),
  rank INTEGER NOT NULL DEFAULT 1 CHECK (rank BETWEEN 1 AND 10),
  description TEXT,
  acceptance_authority TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE matrix_cell (
  id INTEGER PRIMARY KEY,
  ref TEXT,
  likelihood INTEGER NOT NULL DEFAULT 1 CHECK (likelihood BETWEEN 1 AND 10),
  impact INTEGER NOT NULL DEFAULT 1 CHECK (impact BETWEEN 1 AND 10),
  level INTEGER REFERENCES risk_level (id) ON DELETE SET NULL,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  UNIQUE (likelihood, impact)
);
CREATE INDEX matrix_cell_by_level ON matrix_cell (level);

-- Context of the organisation (4.1 to 4.3) and the clause checklist.
CREATE TABLE scope (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  statement TEXT,
  organisation TEXT,
  boundaries TEXT,
  exclusions TEXT,
  interfaces TEXT,
  approved_by TEXT,
  approved_on TEXT CHECK (approved_on IS NULL OR approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  version TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE context_issue (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  description TEXT,
  type TEXT NOT NULL DEFAULT 'internal'
    CHECK (type IN ('internal', 'external')),
  effect TEXT NOT NULL DEFAULT 'neutral'
    CHECK (effect = 'opportunity' OR effect = 'threat' OR effect = 'neutral'),
  addressed_through TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE interested_party (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  name TEXT,
  type TEXT NOT NULL DEFAULT 'external'
    CHECK (type IN ('internal', 'external')),
  needs TEXT,
  addressed_through TEXT,
  relevant INTEGER NOT NULL DEFAULT 1 CHECK (relevant IN (0, 1)),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE requirement (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  description TEXT,
  status TEXT NOT NULL DEFAULT 'not-addressed'
    CHECK (status = 'not-addressed' OR status = 'in-progress' OR status = 'fulfilled'),
  owner TEXT,
  evidence TEXT,
  notes TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE requirement_fulfilled_by_risks (
  record_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, target_id)
) WITHOUT ROWID;
CREATE INDEX requirement_fulfilled_by_risks_by_target ON requirement_fulfilled_by_risks (target_id);

CREATE TABLE requirement_fulfilled_by_documents (
  record_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, target_id)
) WITHOUT ROWID;
CREATE INDEX requirement_fulfilled_by_documents_by_target ON requirement_fulfilled_by_documents (target_id);

CREATE TABLE requirement_fulfilled_by_audits (
  record_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, target_id)
) WITHOUT ROWID;
CREATE INDEX requirement_fulfilled_by_audits_by_target ON requirement_fulfilled_by_audits (target_id);

CREATE TABLE requirement_fulfilled_by_reviews (
  record_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES management_review (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, target_id)
) WITHOUT ROWID;
CREATE INDEX requirement_fulfilled_by_reviews_by_target ON requirement_fulfilled_by_reviews (target_id);

-- Leadership (5.3).
CREATE TABLE role (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  name TEXT,
  responsibilities TEXT,
  authorities TEXT,
  holder TEXT,
  deputy TEXT,
  assigned_by TEXT,
  assigned_on TEXT CHECK (assigned_on IS NULL OR assigned_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

-- Planning and operation: assets, risks, the Statement of Applicability (6.1, 8.2, 8.3),
-- objectives and their monitoring (6.2, 9.1), planned changes (6.3).
CREATE TABLE asset (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  name TEXT,
  description TEXT,
  type TEXT NOT NULL DEFAULT 'information'
    CHECK (type = 'information' OR type = 'software' OR type = 'hardware' OR type = 'service' OR type = 'people' OR type = 'site' OR type = 'supplier'),
  owner TEXT,
  location TEXT,
  classification TEXT NOT NULL DEFAULT 'internal'
    CHECK (classification = 'public' OR classification = 'internal' OR classification = 'confidential' OR classification = 'strictly-confidential'),
  confidentiality INTEGER NOT NULL DEFAULT 2 CHECK (confidentiality BETWEEN 1 AND 3),
  integrity INTEGER NOT NULL DEFAULT 2 CHECK (integrity BETWEEN 1 AND 3),
  availability INTEGER NOT NULL DEFAULT 2 CHECK (availability BETWEEN 1 AND 3),
  notes TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE risk (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  description TEXT,
  category TEXT,
  owner TEXT,
  threat TEXT,
  vulnerability TEXT,
  harms_confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (harms_confidentiality IN (0, 1)),
  harms_integrity INTEGER NOT NULL DEFAULT 0 CHECK (harms_integrity IN (0, 1)),
  harms_availability INTEGER NOT NULL DEFAULT 0 CHECK (harms_availability IN (0, 1)),
  inherent_likelihood INTEGER NOT NULL DEFAULT 0 CHECK (inherent_likelihood BETWEEN 0 AND 10),
  inherent_impact INTEGER NOT NULL DEFAULT 0 CHECK (inherent_impact BETWEEN 0 AND 10),
  treatment TEXT NOT NULL DEFAULT 'undecided'
    CHECK (treatment = 'undecided' OR treatment = 'mitigate' OR treatment = 'accept' OR treatment = 'transfer' OR treatment = 'avoid'),
  treatment_plan TEXT,
  treatment_due TEXT CHECK (treatment_due IS NULL OR treatment_due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  residual_likelihood INTEGER NOT NULL DEFAULT 0 CHECK (residual_likelihood BETWEEN 0 AND 10),
  residual_impact INTEGER NOT NULL DEFAULT 0 CHECK (residual_impact BETWEEN 0 AND 10),
  status TEXT NOT NULL DEFAULT 'identified'
    CHECK (status = 'identified' OR status = 'assessed' OR status = 'treatment' OR status = 'accepted' OR status = 'closed'),
  accepted_by TEXT,
  accepted_on TEXT CHECK (accepted_on IS NULL OR accepted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  next_review TEXT CHECK (next_review IS NULL OR next_review GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  notes TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE risk_assets (
  record_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, target_id)
) WITHOUT ROWID;
CREATE INDEX risk_assets_by_target ON risk_assets (target_id);

CREATE TABLE risk_controls (
  record_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES control (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, target_id)
) WITHOUT ROWID;
CREATE INDEX risk_controls_by_target ON risk_controls (target_id);

CREATE TABLE control (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  theme TEXT NOT NULL DEFAULT 'organizational'
    CHECK (theme = 'organizational' OR theme = 'people' OR theme = 'physical' OR theme = 'technological'),
  description TEXT,
  source TEXT NOT NULL DEFAULT 'custom'
    CHECK (source IN ('annex-a', 'custom')),
  applicable INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
  justification TEXT,
  implementation TEXT NOT NULL DEFAULT 'not-implemented'
    CHECK (implementation = 'not-implemented' OR implementation = 'planned' OR implementation = 'partial' OR implementation = 'implemented' OR implementation = 'verified'),
  implementation_due TEXT CHECK (implementation_due IS NULL OR implementation_due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  owner TEXT,
  evidence TEXT,
  last_review TEXT CHECK (last_review IS NULL OR last_review GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  next_review TEXT CHECK (next_review IS NULL OR next_review GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE objective (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  description TEXT,
  measure TEXT,
  target TEXT,
  current_value TEXT,
  unit TEXT,
  frequency TEXT,
  resources TEXT,
  owner TEXT,
  due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  evaluation TEXT,
  status TEXT NOT NULL DEFAULT 'not-started'
    CHECK (status = 'not-started' OR status = 'on-track' OR status = 'at-risk' OR status = 'achieved' OR status = 'missed'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE objective_reading (
  id INTEGER PRIMARY KEY,
  ref TEXT,
  objective INTEGER REFERENCES objective (id) ON DELETE CASCADE,
  date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  value REAL NOT NULL DEFAULT 0,
  note TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE INDEX objective_reading_by_objective ON objective_reading (objective);

CREATE TABLE planned_change (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  purpose TEXT,
  consequences TEXT,
  resources TEXT,
  responsible TEXT,
  planned_date TEXT CHECK (planned_date IS NULL OR planned_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL DEFAULT 'proposed'
    CHECK (status = 'proposed' OR status = 'approved' OR status = 'in-progress' OR status = 'completed' OR status = 'cancelled'),
  completed_on TEXT CHECK (completed_on IS NULL OR completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

-- Support (7.2 to 7.5).
CREATE TABLE competence_record (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  person TEXT,
  role INTEGER REFERENCES role (id) ON DELETE SET NULL,
  required_competence TEXT,
  training TEXT,
  completed_on TEXT CHECK (completed_on IS NULL OR completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  effectiveness TEXT NOT NULL DEFAULT 'not-checked'
    CHECK (effectiveness = 'not-checked' OR effectiveness = 'effective' OR effectiveness = 'not-effective'),
  awareness_acknowledged_on TEXT CHECK (awareness_acknowledged_on IS NULL OR awareness_acknowledged_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  next_due TEXT CHECK (next_due IS NULL OR next_due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE INDEX competence_record_by_role ON competence_record (role);

CREATE TABLE communication (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  subject TEXT,
  timing TEXT,
  audience TEXT,
  communicator TEXT,
  method TEXT,
  last_done TEXT CHECK (last_done IS NULL OR last_done GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  type TEXT NOT NULL DEFAULT 'other'
    CHECK (type = 'policy' OR type = 'procedure' OR type = 'standard' OR type = 'guideline' OR type = 'record' OR type = 'plan' OR type = 'other'),
  version TEXT,
  owner TEXT,
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status = 'draft' OR status = 'in-review' OR status = 'approved' OR status = 'withdrawn'),
  approved_by TEXT,
  approved_on TEXT CHECK (approved_on IS NULL OR approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  next_review TEXT CHECK (next_review IS NULL OR next_review GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  location TEXT,
  classification TEXT NOT NULL DEFAULT 'internal'
    CHECK (classification = 'public' OR classification = 'internal' OR classification = 'confidential' OR classification = 'strictly-confidential'),
  retention TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

-- Performance evaluation and improvement (9.2, 9.3, 10.2).
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  type TEXT NOT NULL DEFAULT 'internal'
    CHECK (type = 'internal' OR type = 'external' OR type = 'certification' OR type = 'surveillance'),
  scope TEXT,
  criteria TEXT,
  auditor TEXT,
  planned_date TEXT CHECK (planned_date IS NULL OR planned_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  actual_date TEXT CHECK (actual_date IS NULL OR actual_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status = 'planned' OR status = 'in-progress' OR status = 'completed' OR status = 'cancelled'),
  conclusion TEXT,
  report TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);

CREATE TABLE finding (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  audit INTEGER REFERENCES audit (id) ON DELETE CASCADE,
  type TEXT NOT NULL DEFAULT 'observation'
    CHECK (type = 'major-nonconformity' OR type = 'minor-nonconformity' OR type = 'observation' OR type = 'opportunity'),
  clause TEXT,
  description TEXT,
  evidence TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE INDEX finding_by_audit ON finding (audit);

CREATE TABLE nonconformity (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  source TEXT NOT NULL DEFAULT 'other'
    CHECK (source = 'audit-finding' OR source = 'incident' OR source = 'other'),
  finding INTEGER REFERENCES finding (id) ON DELETE SET NULL,
  raised_on TEXT CHECK (raised_on IS NULL OR raised_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  description TEXT,
  correction TEXT,
  root_cause TEXT,
  corrective_action TEXT,
  owner TEXT,
  due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status = 'open' OR status = 'in-progress' OR status = 'awaiting-verification' OR status = 'closed'),
  effectiveness_checked_on TEXT CHECK (effectiveness_checked_on IS NULL OR effectiveness_checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  effectiveness TEXT NOT NULL DEFAULT 'not-checked'
    CHECK (effectiveness = 'not-checked' OR effectiveness = 'effective' OR effectiveness = 'not-effective'),
  effectiveness_notes TEXT,
  closed_on TEXT CHECK (closed_on IS NULL OR closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE INDEX nonconformity_by_finding ON nonconformity (finding);

CREATE TABLE management_review (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  title TEXT,
  date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  attendees TEXT,
  input_previous_actions TEXT,
  input_context_changes TEXT,
  input_party_changes TEXT,
  input_performance TEXT,
  input_party_feedback TEXT,
  input_risk_results TEXT,
  input_improvement TEXT,
  decisions TEXT,
  actions TEXT,
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status = 'planned' OR status = 'held' OR status = 'minutes-approved'),
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
