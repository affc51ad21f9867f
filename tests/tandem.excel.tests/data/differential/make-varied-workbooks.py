"""Writes the varied workbooks that SheetReadersTest reads through both sheet readers (the scanner and POI's
handler) and compares cell by cell:

    /usr/bin/python3 make-varied-workbooks.py          # openpyxl-normal.xlsx, openpyxl-write-only.xlsx
    soffice --headless --convert-to xlsx --outdir libreoffice openpyxl-normal.xlsx   # LibreOffice's copy

Debian's python3-openpyxl. The values cover what a sheet's XML holds: text with markup characters, line breaks,
white space, non-Latin letters, _x000D_-style escapes; whole and decimal numbers, large and small; dates, times
and date-times in several formats; booleans; formulas with results; error values; gaps in rows and columns.
"""
from datetime import date, datetime, time

from openpyxl import Workbook

TEXTS = ["plain", "a < b & c > d", "quotes \" and '", "line\nbreak", "carriage\r\nreturn", "  spaces  ",
         "Grüße, 東京, Ωmega, emoji \U0001F600", "tab\there", "_x000D_ escaped", "]]> in text", ""]
NUMBERS = [0, 1, -1, 42, 3.5, -0.125, 1e-7, 123456789012, 1.5e300, 0.1 + 0.2, 2 ** 53]
DATES = [date(2027, 3, 1), datetime(2027, 3, 1, 8, 15), datetime(1900, 3, 1, 23, 59, 59), time(9, 30),
         time(0, 0, 1), datetime(2099, 12, 31, 12, 0)]


def rows():
    yield ["text", "number", "date", "flag", "formula", "note"]
    for i in range(60):
        text = TEXTS[i % len(TEXTS)]
        number = NUMBERS[i % len(NUMBERS)]
        when = DATES[i % len(DATES)]
        flag = i % 3 == 0
        formula = "=B%d*2" % (i + 2) if i % 4 == 0 else None
        note = None if i % 5 else "row %d" % i
        yield [text or None, number, when, flag, formula, note]


def fill(sheet, write_only):
    for i, row in enumerate(rows()):
        sheet.append(row)
        if i == 10:
            sheet.append([])  # an empty row
    sheet.append([None, None, None, None, None, "far", None, None, "away"])
    sheet.append(["=1/0", "#N/A", "=TRUE()"])


def main():
    book = Workbook()
    sheet = book.active
    sheet.title = "Values"
    fill(sheet, False)
    for i, fmt in enumerate(["yyyy-mm-dd", "dd.mm.yyyy hh:mm", "h:mm AM/PM", "0.00%", "[h]:mm:ss", "#,##0"]):
        cell = sheet.cell(row=70 + i, column=1, value=45000.25 + i)
        cell.number_format = fmt
    book.create_sheet("Empty")
    book.save("openpyxl-normal.xlsx")

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Values")
    fill(sheet, True)
    book.create_sheet("Empty")
    book.save("openpyxl-write-only.xlsx")


if __name__ == "__main__":
    main()
