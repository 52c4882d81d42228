#!/usr/bin/env python3
"""Reads the reference tables written as XLSX with an independent reader (openpyxl) and checks them against the
CSV export: every figure is a number cell holding the exact value, every sheet name is legal and unique, the
header is frozen and the sheets print on A4.

Usage: check-xlsx.py DIR   (DIR holds leting-industry-bureau-2022.xlsx and .csv)
"""
import csv
import decimal
import sys
import warnings

import openpyxl

directory = sys.argv[1] if len(sys.argv) > 1 else "out"
name = "leting-industry-bureau-2022"
warnings.simplefilter("ignore")  # openpyxl notes that POI's styles name no default style
book = openpyxl.load_workbook(f"{directory}/{name}.xlsx")
with open(f"{directory}/{name}.csv", encoding="utf-8", newline="") as f:
    figures = list(csv.DictReader(f))

names = book.sheetnames
assert len(names) == len(set(n.lower() for n in names)), names
for n in names:
    assert len(n) <= 31 and not any(ch in n for ch in "\\/?*[]:"), n

# the first table: title, frozen header, A4 landscape, and its totals as numbers
first = book[names[0]]
assert first["A1"].value == "部门预算收支总表", first["A1"].value
assert first.freeze_panes == "A6", first.freeze_panes
assert first.page_setup.paperSize in (9, "9") and first.page_setup.orientation == "landscape"

# every figure of the CSV: in the sheet titled by its table, a number cell with the exact value
by_title = {book[n]["A1"].value: book[n] for n in names}
checked = 0
for row in figures:
    sheet = by_title[row["table_title"]]
    header_rows = sheet.freeze_panes and int(sheet.freeze_panes[1:]) - 1
    cell = sheet.cell(row=header_rows + int(row["row"]), column=int(row["column"]))
    assert isinstance(cell.value, (int, float)), (row, cell.value)
    assert decimal.Decimal(repr(cell.value)) == decimal.Decimal(row["value"]), (row, cell.value)
    checked += 1
total = [r for r in figures if r["table"] == "table-1" and r["row_name"] == "收入总计"]
assert total and decimal.Decimal(total[0]["value"]) == decimal.Decimal("2538.88"), total
print(f"openpyxl: {len(names)} sheets, {checked} figures read back as exact numbers")
