#!/usr/bin/python3
# test-xlsx.py: reads a Safeguard workbook with openpyxl, a reader nobody here wrote
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-xlsx.py english WORKBOOK KEY=VALUE…   (the register's facts, from test-xlsx.c)
#        test-xlsx.py german WORKBOOK
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


def check_english(path, facts):
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert names[:4] == ['Summary', 'Risk Register', 'Risk Method', 'Statement of Applicability'], names
    for kind in ('Objectives', 'Audits', 'Findings', 'Nonconformities', 'Management reviews',
                 'Assets', 'Documents', 'Requirements'):
        assert kind in names, (kind, names)

    # Row counts: one row per record under the header.
    for sheet, key in (('Risk Register', 'risks'), ('Statement of Applicability', 'controls'),
                       ('Objectives', 'objectives'), ('Audits', 'audits'), ('Findings', 'findings'),
                       ('Nonconformities', 'nonconformities'), ('Management reviews', 'reviews'),
                       ('Assets', 'assets'), ('Documents', 'documents'), ('Requirements', 'requirements')):
        ws = wb[sheet]
        assert ws.max_row - 1 == int(facts[key]), (sheet, ws.max_row - 1, facts[key])

    # Every table: frozen header, autofilter over all rows, printed landscape with the header repeated.
    for name in names[1:]:
        ws = wb[name]
        if name == 'Risk Method':
            continue
        assert ws.freeze_panes == 'A2', (name, ws.freeze_panes)
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith('A1:'), name
        assert ws.auto_filter.ref.endswith(str(ws.max_row)), (name, ws.auto_filter.ref)
        assert ws.print_title_rows in ('1:1', '$1:$1'), (name, ws.print_title_rows)
        assert ws.page_setup.orientation == 'landscape', name
        # fitToWidth defaults to 1 when absent; fitToHeight 0 = as many pages as needed
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1), name
        assert ws.page_setup.fitToHeight in (0, '0'), (name, ws.page_setup.fitToHeight)

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

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith('xl/worksheets/sheet'):
                assert not re.search(rb'<f[ >]', z.read(name)), name + ' holds a formula'
        app = z.read('docProps/app.xml').decode()
        assert '<Company>' + facts['organisation'] + '</Company>' in app, app
        core = z.read('docProps/core.xml').decode()
        assert facts['organisation'] in core, core
    print('ok')


def check_german(path):
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert names[:4] == ['Zusammenfassung', 'Risikoregister', 'Risikomethode', 'Erklärung zur Anwendbarkeit'], names
    assert 'Nichtkonformitäten' in names, names
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
    assert ws.column_dimensions['C'].width > 50, ws.column_dimensions['C'].width
    print('ok')


if __name__ == '__main__':
    if sys.argv[1] == 'large':
        check_large(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == 'history':
        check_history(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == 'german':
        check_german(sys.argv[2])
    else:
        check_english(sys.argv[2], dict(arg.split('=', 1) for arg in sys.argv[3:]))
