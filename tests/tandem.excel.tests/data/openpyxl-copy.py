"""Copies a workbook's values and number formats into a new workbook written by openpyxl.

openpyxl writes what Tandem's export does not: its own styles for dates (numbers with a date format), its own
shared strings and sheet layout, and no cell for an empty value. Usage: python3 openpyxl-copy.py <in.xlsx> <out.xlsx>
"""
import sys

from openpyxl import Workbook, load_workbook

source = load_workbook(sys.argv[1])
copy = Workbook()
copy.remove(copy.active)
for sheet in source.worksheets:
    target = copy.create_sheet(sheet.title)
    target.sheet_state = sheet.sheet_state
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None or cell.value == "":
                continue
            written = target.cell(row=cell.row, column=cell.column, value=cell.value)
            written.number_format = cell.number_format
copy.save(sys.argv[2])
