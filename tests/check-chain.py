#!/usr/bin/env python3
# check-chain.py: the history chain recomputed from HACKING.md's encoding
# with Python's hashlib and sqlite3, not with Safeguard's code: every line
# of the example register follows the one before it, and a line altered
# with a SQLite shell no longer does.
# SPDX-License-Identifier: GPL-3.0-or-later
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile


def F(value):
    if value is None:
        return b'\x00'
    data = str(value).encode('utf-8')
    return b'\x01' + len(data).to_bytes(4, 'big') + data


def first_broken(path):
    """The id of the first line whose hash does not follow, or None."""
    db = sqlite3.connect(path)
    prev = '0' * 64
    for row in db.execute('SELECT id, record_table, record_id, record_ref, action, field, old_value,'
                          ' new_value, changed_at, changed_by, state, hash FROM history ORDER BY id'):
        line_id, stored = row[0], row[11]
        if len(prev) != 64 or any(c not in '0123456789abcdef' for c in prev):
            prev = '0' * 64
        data = b'SGH1' + prev.encode('ascii') + b''.join(F(v) for v in row[1:11])
        digest = hashlib.sha256(data).hexdigest()
        if digest != stored:
            db.close()
            return line_id
        prev = stored
    db.close()
    return None


def main():
    safeguard = sys.argv[1]
    print('1..2')
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'example.isms')
        subprocess.run([safeguard, '--create-sample=' + path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        db = sqlite3.connect(path)
        n = db.execute('SELECT count(*) FROM history').fetchone()[0]
        db.close()
        broken = first_broken(path)
        if broken is None and n > 500:
            print(f'ok 1 all {n} lines of the example follow, by hashlib')
        else:
            print(f'not ok 1 line {broken} of {n} does not follow')
        db = sqlite3.connect(path)
        victim = db.execute("SELECT id FROM history WHERE action = 'change' ORDER BY id LIMIT 1 OFFSET 5").fetchone()[0]
        db.execute("UPDATE history SET new_value = 'altered' WHERE id = ?", (victim,))
        db.commit()
        db.close()
        broken = first_broken(path)
        print(('ok' if broken == victim else 'not ok') + f' 2 an altered line {victim} is found: {broken}')


main()
