"""Loads a set's CSVs once into a DuckDB database file (untimed: the partner of carebook filling its load cache).

Usage: duckdb_load.py DATA_DIR DB_FILE

Typed tables `header` (sorted by CHILD) and `episodes` (every column, sorted by CHILD then DECOM, so
each child's episodes lie together in order and the per-child windows find them so); dates as DATE.
No ART index: the questions scan, filter and group, which DuckDB's columnar storage and its
per-row-group min/max already serve; an index would only cost load time and file size."""

import os, sys
sys.dont_write_bytecode = True   # no __pycache__ in the repository
import duckdb
from common import EPISODE_COLUMNS, HEADER_COLUMNS
from duckdb_questions import csv_source

if __name__ == "__main__":
    folder, db = sys.argv[1], sys.argv[2]
    part = db + ".part"
    for f in (part, part + ".wal"):
        if os.path.exists(f):
            os.remove(f)
    con = duckdb.connect(part)
    con.execute(f"CREATE TABLE header AS SELECT * FROM {csv_source(f'{folder}/header.csv', HEADER_COLUMNS)} ORDER BY CHILD")
    con.execute(f"CREATE TABLE episodes AS SELECT * FROM {csv_source(f'{folder}/episodes.csv', EPISODE_COLUMNS)} "
                "ORDER BY CHILD, DECOM")
    con.execute("CHECKPOINT")
    con.close()
    os.replace(part, db)
