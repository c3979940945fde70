"""``bpstudio inspect`` aligns its column table in terminal cells, for Chinese names too."""

from bpstudio.cli import main
from bpstudio.commands.inspect import cell_width


def test_inspect_column_table_chinese_names(tmp_path, capsys):
    path = tmp_path / "flowers.csv"
    path.write_text("花萼长度,sepal,类别\n1.0,2.0,甲\n1.5,2.5,乙\n2.0,3.0,甲\n", encoding="utf-8")

    assert main(["inspect", str(path)]) == 0

    lines = capsys.readouterr().out.splitlines()
    start = next(index for index, line in enumerate(lines) if line.strip().startswith("#  name"))
    header, rows = lines[start], lines[start + 1 : start + 4]
    kinds = ("numeric", "numeric", "categorical")
    kind_cells = {
        cell_width(line[: line.index(kind)]) for line, kind in zip(rows, kinds, strict=True)
    }
    assert kind_cells == {cell_width(header[: header.index("kind")])}


def test_cell_width():
    assert cell_width("类别") == 4
    assert cell_width("ab") == 2
    assert cell_width("ｘ") == 2
