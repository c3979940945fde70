"""A project saved under another suffix is still recognised by its content."""

import zipfile

from bpstudio.cli import main
from bpstudio.project import is_project_file


def test_is_project_file_other_suffix(tmp_path):
    project = tmp_path / "iris.bpsproj"
    argv = ["train", "sample:iris", "--epochs", "1", "--quiet", "--save", str(project)]
    assert main(argv) == 0

    assert is_project_file(project)


def test_is_project_file_other_zip(tmp_path):
    workbook = tmp_path / "book.xlsx"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")

    assert not is_project_file(workbook)


def test_is_project_file_csv(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text("a,b\n1,2\n", encoding="utf-8")

    assert not is_project_file(data)
