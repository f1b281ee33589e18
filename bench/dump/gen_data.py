#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates the benchmark database: an InvenTree-like SQLite file with mixed types across related tables.

usage: gen_data.py OUT.sqlite3 ROWS   (ROWS in total, split 10% categories+parts, 60% stock, 30% history)
"""
import json
import random
import sqlite3
import sys

out, total = sys.argv[1], int(sys.argv[2])
random.seed(42)
parts = max(10, total // 10)
stock = total * 6 // 10
history = total - parts - stock
db = sqlite3.connect(out)
db.executescript("""
PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
CREATE TABLE part (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, description VARCHAR(250) NOT NULL,
  price DECIMAL(19,6), active BOOL NOT NULL, created DATETIME NOT NULL, metadata TEXT);
CREATE TABLE stockitem (id INTEGER PRIMARY KEY, part_id INTEGER NOT NULL REFERENCES part (id), quantity DECIMAL(15,5) NOT NULL,
  location VARCHAR(50), serial VARCHAR(100), updated DATETIME NOT NULL, notes TEXT);
CREATE TABLE history (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES stockitem (id), delta BIGINT NOT NULL,
  flag BOOL NOT NULL, at DATETIME NOT NULL, comment VARCHAR(200));
CREATE INDEX stockitem_part ON stockitem (part_id);
CREATE INDEX history_item ON history (item_id);
""")
words = ["resistor", "capacitor", "diode", "módulo", "Schraube", "écrou", "sensor", "cable", "LED", "µC", "𝄞"]
def text(n):
    return " ".join(random.choice(words) for _ in range(n))
db.executemany("INSERT INTO part VALUES (?,?,?,?,?,?,?)", (
    (i, "Part %d %s" % (i, random.choice(words)), text(8), None if i % 9 == 0 else "%d.%06d" % (random.randint(0, 9999), random.randint(0, 999999)),
     i % 3 != 0, "2021-%02d-%02d %02d:%02d:%02d.%06d" % (1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60, i % 1000000),
     None if i % 4 else json.dumps({"i": i, "tags": [random.choice(words) for _ in range(3)]}))
    for i in range(1, parts + 1)))
db.executemany("INSERT INTO stockitem VALUES (?,?,?,?,?,?,?)", (
    (i, random.randint(1, parts), "%d.%05d" % (random.randint(0, 99999), random.randint(0, 99999)), "Shelf %d" % (i % 300),
     None if i % 2 else "SN-%010d" % i, "2022-%02d-%02d %02d:%02d:%02d" % (1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60),
     "" if i % 5 else text(5))
    for i in range(1, stock + 1)))
db.executemany("INSERT INTO history VALUES (?,?,?,?,?,?)", (
    (i, random.randint(1, stock), random.randint(-2**40, 2**40), i % 2 == 0,
     "2023-%02d-%02d %02d:%02d:%02d" % (1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60), None if i % 3 else text(4))
    for i in range(1, history + 1)))
db.commit()
print(parts + stock + history)
