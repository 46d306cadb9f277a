#!/usr/bin/python3
# test-xlsx.py: reads a Safeguard workbook with openpyxl, a reader nobody here wrote
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-xlsx.py english WORKBOOK KEY=VALUE…   (the register's facts, from test-xlsx.c)
#        test-xlsx.py german WORKBOOK ORGANISATION
#        test-xlsx.py history WORKBOOK N_RISKS
#        test-xlsx.py large WORKBOOK N_RISKS          (sg_test_add_numbered_risks())
# Prints "ok" or fails with an assertion that names what is wrong.
import datetime
import re
import sys
import zipfile

import openpyxl


def header(ws):
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


def column(ws, name):
    return header(ws).index(name) + 1


# A4 landscape, the side margins, in points; Calibri 11, the default font.
USABLE_POINTS = 841.89 - 2 * 0.4 * 72
USABLE_PORTRAIT = 595.28 - 2 * 0.4 * 72
READABLE_SCALE = 0.75  # 11 pt printed at 8.25 pt


def column_points(ws, col):
    """A column's printed width at 100 %, as Excel and LibreOffice draw it."""
    dim = ws.column_dimensions[openpyxl.utils.get_column_letter(col)]
    width = dim.width if dim.width else 8.43
    return int(width * 7 + 0.5) * 0.75


def fit_to_width(ws):
    return bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)


def title_columns(ws):
    if not ws.print_title_cols:
        return 0
    last = ws.print_title_cols.replace('$', '').split(':')[1]
    return openpyxl.utils.column_index_from_string(last)


def check_print(wb, register, exported, printed, page):
    """Every sheet prints on A4 at a readable size, every column on some page, header and footer set."""
    for ws in wb.worksheets:
        name = ws.title
        setup = ws.page_setup
        portrait = name == wb.sheetnames[0]
        assert setup.orientation == ('portrait' if portrait else 'landscape'), (name, setup.orientation)
        assert int(setup.paperSize) == 9, (name, setup.paperSize)
        assert ws.oddHeader.left.text == '&A', (name, ws.oddHeader.left.text)
        assert ws.oddHeader.center.text == register, (name, ws.oddHeader.center.text)
        assert (ws.oddHeader.right.text or '').startswith(exported), (name, ws.oddHeader.right.text)
        day = ws.oddHeader.right.text[len(exported):]
        datetime.date.fromisoformat(day)
        assert ws.oddFooter.left.text == printed, (name, ws.oddFooter.left.text)
        assert ws.oddFooter.right.text == page, (name, ws.oddFooter.right.text)
        # Tables print their grid; the summary and the method's run-on descriptions go without.
        assert bool(ws.print_options.gridLines) == (name not in (wb.sheetnames[0], wb.sheetnames[2])), name
        if name not in (wb.sheetnames[0], wb.sheetnames[2]):
            assert ws.print_title_rows in ('1:1', '$1:$1'), (name, ws.print_title_rows)
            # A label wraps between words, never inside one.
            for cell in next(ws.iter_rows(min_row=1, max_row=1)):
                width = ws.column_dimensions[cell.column_letter].width or 8.43
                longest = max(len(word) for word in str(cell.value).split())
                assert longest + 1 <= width, (name, cell.value, width)

        usable = USABLE_PORTRAIT if portrait else USABLE_POINTS
        widths = [column_points(ws, c) for c in range(1, ws.max_column + 1)]
        if fit_to_width(ws):
            # fitToWidth defaults to 1 when absent; fitToHeight 0 = as many pages as needed
            assert setup.fitToWidth in (None, 1, '1'), (name, setup.fitToWidth)
            assert setup.fitToHeight in (0, '0'), (name, setup.fitToHeight)
            assert usable / sum(widths) >= READABLE_SCALE, (name, usable / sum(widths))
            continue
        # Cut across: each page, the repeated columns and its own, fits at the scale.
        scale = int(setup.scale or 100) / 100
        assert scale >= READABLE_SCALE, (name, scale)
        assert setup.pageOrder == 'overThenDown', (name, setup.pageOrder)
        assert ws.print_title_cols, name
        repeated = title_columns(ws)
        starts = [repeated] + sorted(b.id for b in ws.col_breaks.brk) + [len(widths)]
        assert all(a < b for a, b in zip(starts, starts[1:])), (name, starts)
        for first, end in zip(starts, starts[1:]):
            printed_width = (sum(widths[:repeated]) + sum(widths[first:end])) * scale
            assert printed_width <= usable, (name, first, end, printed_width, usable)

    # Text longer than its column wraps, top-aligned, instead of being cut or running on.
    for ws in wb.worksheets[1:]:
        if ws.title == wb.sheetnames[2]:
            continue
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    width = ws.column_dimensions[cell.column_letter].width
                    if max(len(line) for line in cell.value.split('\n')) + 1 > width or '\n' in cell.value:
                        assert cell.alignment.wrap_text, (ws.title, cell.coordinate, width, cell.value[:40])
                        assert cell.alignment.vertical == 'top', (ws.title, cell.coordinate)
                elif isinstance(cell.value, datetime.datetime):
                    # Dates: real dates, one format in every locale, left like the text.
                    assert cell.number_format in ('yyyy-mm-dd', 'yyyy-mm-dd hh:mm'), \
                        (ws.title, cell.coordinate, cell.number_format)
                    assert cell.alignment.horizontal == 'left', (ws.title, cell.coordinate)
                    width = ws.column_dimensions[cell.column_letter].width
                    assert width >= len(cell.number_format) + 1, (ws.title, cell.coordinate, width)


def check_english(path, facts):
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert names[:4] == ['Summary', 'Risk Register', 'Risk Method', 'Statement of Applicability'], names
    for kind in ('Objectives', 'Audit programme', 'Findings', 'Nonconformities', 'Management reviews',
                 'Review inputs', 'Actions', 'Assets', 'Documents', 'Requirements'):
        assert kind in names, (kind, names)

    # Row counts: one row per record under the header.
    for sheet, key in (('Risk Register', 'risks'), ('Statement of Applicability', 'controls'),
                       ('Objectives', 'objectives'), ('Audit programme', 'audits'), ('Findings', 'findings'),
                       ('Actions', 'actions'),
                       ('Nonconformities', 'nonconformities'), ('Management reviews', 'reviews'),
                       ('Assets', 'assets'), ('Documents', 'documents'), ('Requirements', 'requirements')):
        ws = wb[sheet]
        assert ws.max_row - 1 == int(facts[key]), (sheet, ws.max_row - 1, facts[key])

    # Protection needs read as words beside their number (BSI's categories).
    words = {1: 'Normal', 2: 'High', 3: 'Very high'}
    needs = [r[need] for r in rows(wb['Assets'])
             for need in ('Confidentiality need', 'Integrity need', 'Availability need')]
    assert needs, 'no assets'
    for need in needs:
        number, word = need.split(' – ')
        assert words[int(number)] == word, need

    # Every table: frozen header, autofilter over all rows.
    for name in names[1:]:
        ws = wb[name]
        if name == 'Risk Method':
            continue
        assert ws.freeze_panes == 'A2', (name, ws.freeze_panes)
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith('A1:'), name
        assert ws.auto_filter.ref.endswith(str(ws.max_row)), (name, ws.auto_filter.ref)
    check_print(wb, facts['organisation'], 'Exported on ', 'Printed on &D', 'Page &P of &N')
    # The risk register is far wider than a page: cut across, ref and title on every page.
    risks = wb['Risk Register']
    assert not fit_to_width(risks) and len(risks.col_breaks.brk) >= 2, len(risks.col_breaks.brk)
    assert risks.print_title_cols in ('A:B', '$A:$B'), risks.print_title_cols
    assert wb['Statement of Applicability'].print_title_cols in ('A:C', '$A:$C')

    risks = wb['Risk Register']
    head = header(risks)
    for label in ('Ref', 'Title', 'Owner', 'Inherent likelihood', 'Inherent impact', 'Inherent risk level',
                  'Treatment', 'Treatment plan', 'Treatment due', 'Controls', 'Residual risk level',
                  'Status', 'Next review'):
        assert label in head, (label, head)

    # Level cells are filled with the level's colour, and their text stays readable.
    colours = dict(kv.split('=', 1) for kv in facts['levels'].split(';'))
    n_filled = 0
    for col in (column(risks, 'Inherent risk level'), column(risks, 'Residual risk level')):
        for row in range(2, risks.max_row + 1):
            cell = risks.cell(row, col)
            if cell.value is None:
                continue
            fill = cell.fill.fgColor.rgb[-6:].lower()
            assert cell.fill.fill_type == 'solid', (row, col)
            assert '#' + fill == colours[cell.value].lower(), (cell.value, fill, colours)
            r, g, b = (int(fill[i:i + 2], 16) for i in (0, 2, 4))
            font = (cell.font.color.rgb if cell.font.color is not None else 'FF000000')[-6:]
            dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 140
            assert font.upper() == ('FFFFFF' if dark else '000000'), (cell.value, fill, font)
            n_filled += 1
    assert n_filled >= int(facts['risks']), n_filled

    # Dates are dates, not text.
    due = [risks.cell(row, column(risks, 'Treatment due')).value for row in range(2, risks.max_row + 1)]
    due = [d for d in due if d is not None]
    assert due and all(isinstance(d, datetime.datetime) for d in due), due[:3]
    first = risks.cell(2, column(risks, 'Treatment due'))
    assert first.value is None or first.is_date
    assert first.value is None or (first.number_format == 'yyyy-mm-dd' and first.alignment.horizontal == 'left')
    # Long texts wrap, in a wide column.
    described = [risks.cell(row, column(risks, 'Description')) for row in range(2, risks.max_row + 1)]
    described = [c for c in described if c.value]
    assert described and all(c.alignment.wrap_text for c in described), described[:1]
    assert risks.column_dimensions[described[0].column_letter].width >= 40

    # Choices come with a drop-down list.
    lists = {str(dv.sqref): dv.formula1 for dv in risks.data_validations.dataValidation if dv.type == 'list'}
    treatment = openpyxl.utils.get_column_letter(column(risks, 'Treatment'))
    status = openpyxl.utils.get_column_letter(column(risks, 'Status'))
    assert any(k.startswith(treatment + '2:') and 'Mitigate' in v for k, v in lists.items()), lists
    assert any(k.startswith(status + '2:') and 'Closed' in v for k, v in lists.items()), lists

    # Formula injection: text stays text.
    titles = [risks.cell(row, 2) for row in range(2, risks.max_row + 1)]
    for text in facts['formulas'].split('|'):
        cells = [c for c in titles if c.value == text]
        assert cells and cells[0].data_type == 's', (text, [c.value for c in titles][-6:])

    # The SoA lists the risks that name a control.
    soa = wb['Statement of Applicability']
    assert header(soa)[:3] == ['Ref', 'Theme', 'Title'], header(soa)
    linked = {soa.cell(row, 1).value: soa.cell(row, column(soa, 'Risks treated')).value
              for row in range(2, soa.max_row + 1)}
    ref, risk = facts['treats'].split(':')
    assert risk in (linked[ref] or '').split(', '), (ref, linked[ref])

    summary = wb['Summary']
    assert len(summary._images) == 2, len(summary._images)
    values = {summary.cell(row, 1).value: summary.cell(row, 2).value for row in range(1, summary.max_row + 1)}
    assert values.get('Organisation') == facts['organisation'], values.get('Organisation')
    assert values.get('Risks') == int(facts['risks']), values.get('Risks')
    assert values.get('Controls') == int(facts['controls']), values.get('Controls')
    assert isinstance(values.get('Exported on'), datetime.datetime), values.get('Exported on')
    for label, key in (('Risks above the risk appetite before treatment', 'above_before'),
                       ('Risks above the risk appetite now', 'above_now'), ('Risks not rated', 'unrated')):
        assert values.get(label) == int(facts[key]), (label, values.get(label), facts[key])

    method = wb['Risk Method']
    method_texts = [c.value for row in method.iter_rows() for c in row if isinstance(c.value, str)]
    for level in colours:
        assert level in method_texts, level

    check_improvement(wb, facts)
    check_register_kinds(wb, facts)

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith('xl/worksheets/sheet'):
                assert not re.search(rb'<f[ >]', z.read(name)), name + ' holds a formula'
        app = z.read('docProps/app.xml').decode()
        assert '<Company>' + facts['organisation'] + '</Company>' in app, app
        core = z.read('docProps/core.xml').decode()
        assert facts['organisation'] in core, core
    print('ok')


def rows(ws):
    """Each row below the header as a dict by the header's labels."""
    head = header(ws)
    return [dict(zip(head, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def check_improvement(wb, facts):
    """The audit programme, findings, nonconformities, actions and reviews (9.2–10.2)."""
    people = {r['Name'] for r in rows(wb['People'])}
    programme = rows(wb['Audit programme'])
    assert header(wb['Audit programme'])[:4] == ['Year', 'Quarter', 'Ref', 'Title'], header(wb['Audit programme'])
    # Every audit under its year and quarter, in the programme's order.
    periods = []
    for audit in programme:
        planned = audit['Planned date']
        assert isinstance(planned, datetime.datetime), audit
        assert audit['Year'] == planned.year, audit
        assert audit['Quarter'] == 'Q%d' % ((planned.month + 2) // 3), audit
        periods.append(planned)
        # People by name, links by ref.
        assert audit['Lead auditor'] in people, audit['Lead auditor']
        for name in (audit['Audit team'] or '').split(', ') + (audit['Auditees'] or '').split(', '):
            assert name == '' or name in people, name
        assert audit['Clauses in scope'] and re.fullmatch(r'[0-9.]+(, [0-9.]+)*', audit['Clauses in scope']), audit
    assert periods == sorted(periods), periods
    assert len({p.year for p in periods}) >= 3, periods
    assert {'Planned', 'Completed'} <= {a['Status'] for a in programme}, programme
    # The independence flag names who owns what; red when no reason is recorded.
    ws = wb['Audit programme']
    flag = column(ws, 'Auditors owning records in scope')
    flagged = [(r, ws.cell(r, flag)) for r in range(2, ws.max_row + 1) if ws.cell(r, flag).value]
    assert flagged and all(' owns' in c.value and ' in scope' in c.value for _, c in flagged), flagged
    note = column(ws, 'Independence')
    for r, cell in flagged:
        assert bool(cell.font.b) == (ws.cell(r, note).value is None), (r, cell.value)

    # Each finding's audit, and the nonconformity raised from the major one.
    findings = rows(wb['Findings'])
    audits = {a['Ref'] for a in programme}
    assert all(f['Audit'] in audits for f in findings), findings[:1]
    assert all(f['Clause'] or f['Control'] for f in findings), findings
    major = [f for f in findings if f['Type'] == 'Major nonconformity']
    assert len(major) == 1 and major[0]['Nonconformity raised'] == facts['major_nc'], major

    # The major finding's NC: its corrective actions, each with its owner and due date.
    ncs = {n['Ref']: n for n in rows(wb['Nonconformities'])}
    nc = ncs[facts['major_nc']]
    assert nc['Severity'] == 'Major' and nc['Audit finding'] == major[0]['Ref'], nc
    assert isinstance(nc['Effectiveness check planned'], datetime.datetime), nc
    lines = nc['Actions (owner, due)'].split('\n')
    expected = [pair.split('|') for pair in facts['major_owners'].split(';')]
    assert len(lines) == len(expected) >= 2, (lines, expected)
    for line, (ref, owner) in zip(lines, expected):
        assert line.startswith('%s %s, due 20' % (ref, owner)), (line, ref, owner)
    assert sum(line.endswith(', overdue') for line in lines) == 1, lines

    # Every action says what raised it, and the overdue ones say so.
    actions = rows(wb['Actions'])
    known = set(ncs) | audits | {r['Ref'] for r in rows(wb['Management reviews'])} | \
        {r['Ref'] for r in rows(wb['Risk Register'])}
    assert all(a['Raised by'] in known for a in actions if a['Source'] != 'Other'), actions[:2]
    assert {'Nonconformity', 'Management review', 'Audit', 'Risk treatment'} <= {a['Source'] for a in actions}
    today = datetime.datetime.now()
    for a in actions:
        late = a['Due date'] is not None and a['Due date'].date() < today.date() and a['Status'] not in ('Done', 'Cancelled')
        assert (a['Overdue'] == 'Overdue') == late, a
    for ref, owner in expected:
        assert [a['Owner'] for a in actions if a['Ref'] == ref] == [owner], (ref, owner)

    # The held review's frozen figures, every heading a) to g), as of its day.
    reviews = {r['Ref']: r for r in rows(wb['Management reviews'])}
    held = reviews[facts['held_review']]
    assert held['Decisions on continual improvement'] and held['Actions (owner, due)'], held
    assert all(name in people for name in held['Attendees'].split(', ')), held['Attendees']
    figures = [f for f in rows(wb['Review inputs']) if f['Review'] == facts['held_review']]
    assert len(figures) == int(facts['held_figures']), (len(figures), facts['held_figures'])
    assert {f['Heading (9.3.2)'][:2] for f in figures} == {x + ')' for x in 'abcdefg'}, figures[:2]
    assert all(f['Inputs'] == 'Frozen on ' + facts['held_date'] for f in figures), figures[0]
    assert all(isinstance(f['Value'], (int, float)) and f['What'] for f in figures), figures[:2]
    assert any(f['Records'] for f in figures), figures[:2]
    assert 'Computed inputs' not in header(wb['Management reviews'])
    # A row per figure, and the sheet one page wide: its texts wrap instead.
    assert fit_to_width(wb['Review inputs']), [column_points(wb['Review inputs'], c) for c in range(1, 10)]

    # No cell is cut: a wrapped cell's row is as high as its lines.
    for name in ('Audit programme', 'Findings', 'Nonconformities', 'Actions', 'Management reviews', 'Review inputs'):
        ws = wb[name]
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and '\n' in cell.value:
                    height = ws.row_dimensions[cell.row].height
                    assert height and height >= 15 * (cell.value.count('\n') + 1), (name, cell.coordinate, height)


def check_register_kinds(wb, facts):
    """The supplier register (A 5.19-5.23) and the obligations (4.2 c), by label, name and ref."""
    names = wb.sheetnames
    # Obligations stand with the context, after the interested parties; suppliers with operation.
    assert names.index('Obligations') == names.index('Interested parties') + 1, names
    assert names.index('Suppliers') > names.index('Assets'), names
    suppliers = wb['Suppliers']
    assert header(suppliers) == ['Ref', 'Name', 'Service provided', 'Criticality', 'Assets they touch',
                                 'Contract and security clauses', 'Contact', 'Last assessment',
                                 'Assessment result', 'Next assessment', 'Notes', 'Created',
                                 'Last changed'], header(suppliers)
    assert suppliers.max_row - 1 == int(facts['suppliers']), suppliers.max_row
    ref, criticality, contact, next_assessment, assets = facts['supplier'].split('|')
    row = {r['Ref']: r for r in rows(suppliers)}[ref]
    assert row['Name'] == 'DataPort Nord GmbH', row
    assert row['Criticality'] == criticality == 'Critical', row
    assert row['Contact'] == contact, row
    assert row['Next assessment'] == datetime.datetime.strptime(next_assessment, '%Y-%m-%d'), row
    assert sorted(row['Assets they touch'].split(', ')) == assets.split(', '), (row, assets)
    assert all(a in {r['Ref'] for r in rows(wb['Assets'])} for a in assets.split(', ')), assets
    # Its choices come with a drop-down of their labels.
    lists = [dv.formula1 for dv in suppliers.data_validations.dataValidation if dv.type == 'list']
    assert any('Critical' in f for f in lists), lists

    obligations = wb['Obligations']
    assert header(obligations) == ['Ref', 'Title', 'Type', 'Source', 'Interested party', 'Requirement',
                                   'Addressed by controls', 'Addressed by documents', 'Status', 'Owner',
                                   'Next review', 'Notes', 'Created', 'Last changed'], header(obligations)
    assert obligations.max_row - 1 == int(facts['obligations']), obligations.max_row
    ref, kind, party, controls = facts['obligation'].split('|')
    row = {r['Ref']: r for r in rows(obligations)}[ref]
    assert row['Source'] == 'GDPR Art. 32' and row['Type'] == kind == 'Legal', row
    assert row['Interested party'] == party, row
    assert sorted(row['Addressed by controls'].split(', ')) == controls.split(', '), (row, controls)
    assert '5.34' in controls.split(', '), controls
    statuses = [r['Status'] for r in rows(obligations)]
    assert statuses.count('Partly addressed') == 1 and 'Addressed' in statuses, statuses

    # 7.3: the awareness activities with who took part; the protection
    # levels' words are in the Assets sheet, not a sheet of their own.
    activities = wb['Awareness activities']
    assert activities.max_row - 1 == int(facts['awareness']), activities.max_row
    ref, title, participant = facts['awareness-activity'].split('|')
    row = {r['Ref']: r for r in rows(activities)}[ref]
    assert row['Title'] == title, row
    assert participant in row['Participants'].split(', '), (row, participant)
    assert 'Protection levels' not in names, names


def check_german(path, organisation):
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert names[:4] == ['Zusammenfassung', 'Risikoregister', 'Risikomethode', 'Erklärung zur Anwendbarkeit'], names
    # A & of the organisation's name is doubled, or the header would swallow it.
    check_print(wb, organisation.replace('&', '&&'), 'Exportiert am ', 'Gedruckt am &D', 'Seite &P von &N')
    assert 'Nichtkonformitäten' in names, names
    assert 'Auditprogramm' in names and 'Bewertungseingaben' in names, names
    assert header(wb['Auditprogramm'])[:4] == ['Jahr', 'Quartal', 'Kennung', 'Titel'], header(wb['Auditprogramm'])
    inputs = header(wb['Bewertungseingaben'])
    assert inputs[:4] == ['Bewertung', 'Datum', 'Stand', 'Punkt (9.3.2)'], inputs
    frozen = [row for row in wb['Bewertungseingaben'].iter_rows(min_row=2, values_only=True)
              if (row[2] or '').startswith('Festgeschrieben am ')]
    assert frozen and all(row[3][:2] in [x + ')' for x in 'abcdefg'] for row in frozen), frozen[:1]
    risks = wb['Risikoregister']
    head = header(risks)
    assert head[:2] == ['Kennung', 'Titel'], head
    assert 'Behandlung' in head and 'Risikostufe (brutto)' in head, head
    assert len(wb['Zusammenfassung']._images) == 2
    print('ok')


def check_history(path, n_risks):
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[-1] == 'Change History', wb.sheetnames
    ws = wb['Change History']
    assert header(ws) == ['Record', 'Kind', 'Changed at', 'Changed by', 'Action', 'Field',
                          'Old value', 'New value'], header(ws)
    assert ws.max_row - 1 >= n_risks, ws.max_row
    created = [row for row in ws.iter_rows(min_row=2, values_only=True) if row[1] == 'Risk' and row[4] == 'Created']
    assert len(created) == n_risks, len(created)
    assert all(isinstance(row[2], datetime.datetime) for row in created)
    # The history prints like the other tables, the record named on every page.
    summary = wb['Summary']
    organisation = [summary.cell(r, 2).value for r in range(1, summary.max_row + 1)
                    if summary.cell(r, 1).value == 'Organisation'][0]
    check_print(wb, organisation, 'Exported on ', 'Printed on &D', 'Page &P of &N')
    assert fit_to_width(ws) or ws.print_title_cols in ('A:A', '$A:$A'), ws.print_title_cols
    print('ok')


def check_large(path, n):
    """The rows of sg_test_add_numbered_risks(): each once, in order, as high as its lines."""
    wb = openpyxl.load_workbook(path)
    ws = wb['Risk Register']
    assert ws.max_row == n + 1, (ws.max_row, n)
    head = header(ws)
    ref, title, description = head.index('Ref'), head.index('Title'), head.index('Description')
    for r, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        i = r - 2
        lines = i % 4 + 1
        assert (row[ref], row[title]) == ('R-%03d' % (i + 1), 'Risk %d' % i), (r, row[ref], row[title])
        assert row[description] == '\n'.join(['Line'] * lines), (r, row[description])
        height = ws.row_dimensions[r].height
        assert height == (None if lines == 1 else lines * 15 + 2), (r, height, lines)
    assert ws.auto_filter.ref == 'A1:%s%d' % (ws.cell(1, len(head)).column_letter, n + 1), ws.auto_filter.ref
    assert ws.column_dimensions['C'].width >= 40, ws.column_dimensions['C'].width
    # No organisation: the register's file name heads the pages.
    check_print(wb, 'large.isms', 'Exported on ', 'Printed on &D', 'Page &P of &N')
    print('ok')


if __name__ == '__main__':
    if sys.argv[1] == 'large':
        check_large(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == 'history':
        check_history(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == 'german':
        check_german(sys.argv[2], sys.argv[3])
    else:
        check_english(sys.argv[2], dict(arg.split('=', 1) for arg in sys.argv[3:]))
