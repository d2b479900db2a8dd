#!/usr/bin/env python3
"""Prints what openpyxl and pandas read from the xlsx fixtures: the independent reading that the
values pinned in Tests/Transcripts/tables/xlsx-*.cb and XLSXReaderTests were checked against."""
import os
import sys

import openpyxl
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
for name, sheet in [("tracker.xlsx", "Plans"), ("tracker.xlsx", "Costs"), ("edge.xlsx", "Edge")]:
    wb = openpyxl.load_workbook(os.path.join(HERE, name))
    ws = wb[sheet]
    print(f"== {name} [{sheet}] epoch={wb.epoch.date()} sheets={wb.sheetnames}")
    for row in ws.iter_rows():
        cells = [(c.coordinate, c.value, c.number_format, c.data_type) for c in row if c.value is not None]
        if cells:
            print(cells)
    print(pd.read_excel(os.path.join(HERE, name), sheet_name=sheet).to_string())
    sys.stdout.flush()
