"""Python source shared by the exported Keras, PyTorch and NumPy scripts.

The text here is copied into the scripts unchanged, so it uses only the standard library
and NumPy. Reading cells mirrors ``bpstudio.data.cells`` (missing markers, full-width digits,
thousands separators, decimal commas), and tests/project/test_export_code.py checks that the
two agree on a table of awkward cells.
"""

from __future__ import annotations

CELL_READING = r'''
# Reading CSV cells the way BP Studio's importer does --------------------------------------

#: Cell texts that mean "no value", compared case-insensitively after trimming.
MISSING_MARKERS = {"", "?", "na", "n/a", "nan", "null", "-", "#n/a"}

_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_THOUSANDS_POINT_DECIMAL = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
_THOUSANDS_COMMA_DECIMAL = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]*)?")
_COMMA_DECIMAL = re.compile(r"[+-]?(?:[0-9]+,[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?")
_SIGNS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-"})


def normalize_cell(text):
    """Trim a cell and turn full-width digits, letters and minus signs into ASCII."""
    text = text.strip()
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_SIGNS).strip()
    return text


def is_missing(text):
    return len(text) <= 4 and text.casefold() in MISSING_MARKERS


def parse_number(text, decimal="."):
    """Return the number in a normalised cell, or None when the cell is not a number."""
    if _NUMBER.fullmatch(text):
        if decimal == "," and _THOUSANDS_COMMA_DECIMAL.fullmatch(text):
            return float(text.replace(".", ""))
        return float(text)
    if decimal == ",":
        if _THOUSANDS_COMMA_DECIMAL.fullmatch(text):
            return float(text.replace(".", "").replace(",", "."))
        if _COMMA_DECIMAL.fullmatch(text):
            return float(text.replace(",", "."))
        return None
    if _THOUSANDS_POINT_DECIMAL.fullmatch(text):
        return float(text.replace(",", ""))
    return None


#: Signs of a byte order mark that an editor turned into text at the start of the header.
LOST_BOMS = ("\ufeff", "ï»¿", "?")
_SEP_LINE = re.compile(r'^"?sep=(.)"?[ \t]*$')


def column_names(header):
    """Clean header cells as the importer does: trimmed, unique, no lost byte order mark."""
    names = [normalize_cell(cell.replace("\ufeff", "")).strip('"').strip() for cell in header]
    first = names[0] if names else ""
    for lost in LOST_BOMS:
        if first.startswith(lost) and len(first) > len(lost) and not first[len(lost)].isascii():
            names[0] = first[len(lost) :]
            break
    unique_names, seen = [], set()
    for index, name in enumerate(names):
        unique = name or f"column_{index + 1}"
        suffix = 2
        while unique in seen:
            unique = f"{name or 'column'}_{suffix}"
            suffix += 1
        seen.add(unique)
        unique_names.append(unique)
    return unique_names


def read_csv(path, encoding):
    """Return the column names and the data rows of a CSV file, read as BP Studio reads it.

    Rows with another number of fields than the header are skipped when BP Studio skipped
    such lines in training, and stop the script otherwise.
    """
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = "utf-8-sig"
    with open(path, encoding=encoding, newline="") as stream:
        text = stream.read()
    first_line, _, rest = text.partition("\n")
    if _SEP_LINE.match(first_line.rstrip("\r")):
        text = rest  # Excel's "sep=;" line names the delimiter; it is not data
    if CSV_FORMAT["delimiter"] == "whitespace":
        records = [(number, line.split()) for number, line in enumerate(text.splitlines(), 1)]
    else:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=CSV_FORMAT["delimiter"])
        records = [(reader.line_num, row) for row in reader]
    records = [(number, row) for number, row in records if any(cell.strip() for cell in row)]
    if not records:
        raise SystemExit(f"{path} has no data")
    if CSV_FORMAT["has_header"]:
        header, records = column_names(records[0][1]), records[1:]
    else:
        header = [f"column_{index}" for index in range(1, len(records[0][1]) + 1)]
    rows = []
    for number, row in records:
        if len(row) != len(header):
            if not CSV_FORMAT["skip_bad_lines"]:
                raise SystemExit(f"line {number} of {path} has {len(row)} fields, not "
                                 f"{len(header)}")
            print(f"skipped line {number}: {len(row)} fields instead of {len(header)}")
            continue
        rows.append(row)
    return header, rows
'''

PREPROCESSING = r'''
# Preprocessing, with the parameters BP Studio fitted on the training data ------------------


def format_number(value):
    """Write a float as the importer names a category: 5 for 5.0, 0.1 for 0.1."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def category_of(text, categories):
    """Return the category a cell names; a number such as 5.0 matches the category "5"."""
    if text in categories:
        return text
    number = parse_number(text, CSV_FORMAT["decimal"])
    return text if number is None else format_number(number)


def encode_row(row, positions):
    """Turn one CSV row into the network's inputs; None when a needed value is missing."""
    inputs = []
    for spec in INPUTS:
        position = positions[spec["column"]]
        text = normalize_cell(row[position]) if position < len(row) else ""
        if spec["kind"] == "numeric":
            value = None if is_missing(text) else parse_number(text, CSV_FORMAT["decimal"])
            if value is None:
                value = spec["fill"]
            if value is None:
                return None
            inputs.append((value - spec["offset"]) * spec["factor"])
        else:
            label = None if is_missing(text) else category_of(text, spec["categories"])
            if label is None:
                label = spec["fill"]
            if label is None:
                return None
            # One 0/1 input per category; a category never seen in training gives all zeros.
            inputs.extend(1.0 if label == category else 0.0 for category in spec["categories"])
    return inputs


def preprocess(header, rows):
    """Return the inputs as a float32 array and the indices of the rows they come from."""
    positions = {name: index for index, name in enumerate(header)}
    absent = [spec["column"] for spec in INPUTS if spec["column"] not in positions]
    if absent:
        raise SystemExit(f"the data has no column {absent[0]!r}; the network needs {COLUMNS}")
    inputs, used = [], []
    for index, row in enumerate(rows):
        encoded = encode_row(row, positions)
        if encoded is not None:
            inputs.append(encoded)
            used.append(index)
    return np.array(inputs, dtype=np.float32).reshape(len(inputs), N_INPUTS), used
'''

DECODE_CLASSIFICATION = r'''
def decode(outputs):
    """Turn network outputs into prediction columns: names and one list of values per column."""
    if outputs.shape[1] == 1:
        # One sigmoid output is the probability of the second class.
        probabilities = np.column_stack([1 - outputs[:, 0], outputs[:, 0]])
        indices = (outputs[:, 0] >= 0.5).astype(int)
    else:
        probabilities = outputs
        indices = np.argmax(outputs, axis=1)
    names = [f"predicted_{TARGET}"] + [f"probability_{name}" for name in CLASS_NAMES]
    columns = [[CLASS_NAMES[index] for index in indices]]
    columns += [probabilities[:, k].tolist() for k in range(probabilities.shape[1])]
    return names, columns
'''

DECODE_REGRESSION = r'''
def decode(outputs):
    """Turn network outputs into predictions in the target's original units."""
    values = outputs.astype(np.float64) / TARGET_FACTOR + TARGET_OFFSET
    names = [f"predicted_{name}" for name in TARGET_NAMES]
    return names, [values[:, k].tolist() for k in range(values.shape[1])]
'''


OUTPUT = r'''
# Writing the predictions -----------------------------------------------------------------


def spreadsheet_cell(value):
    """Format a cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    text = str(value)
    if text.startswith(("=", "+", "-", "@", "\t", "\r")):
        try:
            float(text)
        except ValueError:
            return "'" + text
        if not all(character in "0123456789+-.eE" for character in text):
            return "'" + text
    return text


def write_predictions(path, header, rows, used, names, columns):
    """Write every input row followed by its predictions (empty where a value was missing)."""
    by_row = {row_index: position for position, row_index in enumerate(used)}
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([spreadsheet_cell(name) for name in header + names])
        for index, row in enumerate(rows):
            cells = [normalize_cell(cell) for cell in row] + [""] * (len(header) - len(row))
            position = by_row.get(index)
            extra = [None] * len(names) if position is None else [c[position] for c in columns]
            writer.writerow([spreadsheet_cell(cell) for cell in cells + extra])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("data", help=f"CSV file with the columns {COLUMNS}")
    parser.add_argument("-o", "--output", default="predictions.csv",
                        help="CSV file to write the rows and predictions to "
                             "(default: predictions.csv)")
    parser.add_argument("--encoding", default=CSV_FORMAT["encoding"],
                        help="text encoding of the data file (default: %(default)s)")
    args = parser.parse_args(argv)

    header, rows = read_csv(args.data, args.encoding)
    x, used = preprocess(header, rows)
    model = build_model()
    load_weights(model)
    outputs = predict(model, x)
    names, columns = decode(np.asarray(outputs, dtype=np.float32))
    write_predictions(args.output, header, rows, used, names, columns)
    print(f"wrote {len(rows)} rows ({len(used)} predicted) to {args.output}")


if __name__ == "__main__":
    main()
'''
